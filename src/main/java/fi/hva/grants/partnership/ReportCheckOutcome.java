package fi.hva.grants.partnership;

/** The partnership manager's check of an annual or final report. */
enum ReportCheckOutcome {
    ACCEPTED,
    REMARKS
}
