package fi.hva.grants.partnership;

/** Who proposed the partnership: the association (Kainuu: within the announced period) or the county. */
enum Initiator {
    ASSOCIATION,
    COUNTY
}
