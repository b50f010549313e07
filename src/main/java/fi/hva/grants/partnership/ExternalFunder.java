package fi.hva.grants.partnership;

/** The other funder whose activity the partnership grant co-finances. */
enum ExternalFunder {
    STEA,
    ESR,
    /** The association's grant from a municipality, which the county's grant complements as public funding (Kainuu, seed 000 ch. 8.2). */
    MUNICIPAL
}
