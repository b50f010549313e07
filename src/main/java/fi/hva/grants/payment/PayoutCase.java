package fi.hva.grants.payment;

/**
 * Who is paid and under which case number. The case number is the payout instance's business key,
 * so a settled payment wakes exactly the payout that waits for it.
 */
public record PayoutCase(String caseNumber, String payeeName, String iban, PaymentPurpose purpose,
                         Long applicationId, Long partnershipYearId) {

    public static PayoutCase ofApplication(String applicationNumber, String payeeName, String iban, Long applicationId) {
        return new PayoutCase(applicationNumber, payeeName, iban, PaymentPurpose.OPERATING_GRANT, applicationId, null);
    }

    public static PayoutCase ofPartnershipYear(String caseNumber, String payeeName, String iban, Long partnershipYearId) {
        return new PayoutCase(caseNumber, payeeName, iban, PaymentPurpose.PARTNERSHIP_GRANT, null, partnershipYearId);
    }
}
