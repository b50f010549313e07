package fi.hva.grants.payment;

/**
 * A kind of case paid through the payout model. The payout instance holds exactly one id variable,
 * and the source named by that variable plans the payout and describes the case to officers.
 */
public interface PayoutSource {

    /** The process variable that holds this kind of case's id in a payout instance. */
    String variable();

    PayoutPlan plan(Object caseId);

    boolean owns(Payment payment);

    /** Markdown shown to the officer who corrects a failed payment. */
    String summary(Payment payment);
}
