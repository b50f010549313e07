package fi.hva.grants.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The whole sum of a payout case, paid in instalments three months apart from the first due date. */
public record PayoutPlan(PayoutCase payoutCase, BigDecimal total, int instalments, LocalDate firstDueOn) {
}
