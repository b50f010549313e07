package fi.hva.grants.partnership;

/** Whether the year's grant was confirmed in "Vahvista vuoden avustus". */
enum YearOutcome {
    CONFIRMED,
    NOT_CONFIRMED
}
