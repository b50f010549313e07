package fi.hva.grants.partnership;

/** Who proposed the partnership: the association (Kainuu: within the announced period) or the county. */
public enum Initiator {
    ASSOCIATION,
    COUNTY
}
