package fi.hva.grants.partnership;

/** The decision body's decision on the agreement in "Kirjaa toimielimen päätös sopimuksesta". */
enum BoardOutcome {
    APPROVED,
    REJECTED
}
