package fi.hva.grants.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The checked fields of a partnership initiative. */
record Initiative(Initiator initiatedBy, String associationName, String businessId, String contactEmail, String iban,
                  String projectName, String projectDescription, ExternalFunder externalFunder, int firstYear,
                  int lastYear, BigDecimal yearlyMaximum, LocalDate receivedOn) {
}
