package fi.hva.grants.partnership;

/** The external funder whose project the partnership grant co-finances. */
enum ExternalFunder {
    STEA,
    ESR
}
