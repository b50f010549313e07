package fi.hva.grants.lahella;

/** What the region requires to be listed: the association (Kainuu, Lähellä.fi, seed 000) or the funded activity (Pohjois-Pohjanmaa, Ihimiset.fi, seed 003). */
public enum ListingSubject {
    ASSOCIATION,
    ACTIVITY
}
