package fi.hva.grants.payment;

/** A kind of case paid through the payout model: plans its payout and describes the case to officers. */
public interface PayoutSource {

    /** The kind of case this source pays; exactly one source answers each purpose. */
    PaymentPurpose purpose();

    PayoutPlan plan(long caseId);

    boolean owns(Payment payment);

    /** Markdown shown to the officer who corrects a failed payment. */
    String summary(Payment payment);
}
