package fi.hva.grants.premises;

import java.time.LocalDate;

/** What the liaison officer records of an association's request for premises, not yet checked. */
record PremisesRequest(String associationName, String businessId, String premises, String purpose, LocalDate startsOn,
                       LocalDate endsOn) {
}
