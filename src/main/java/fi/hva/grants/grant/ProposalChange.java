package fi.hva.grants.grant;

import java.math.BigDecimal;

/**
 * One changed amount of a decision proposal as submitted; a missing or unreadable value is null.
 *
 * @param applicationNumber the application's number as the officer wrote it
 */
record ProposalChange(String applicationNumber, BigDecimal amount, String reasoning) {
}
