package fi.hva.grants.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An application as the association (or an officer typing in a paper one) filled it in, not yet checked.
 * {@code requestedAmountUnreadable} tells an amount given but not readable as one (see {@code FormValues.amount})
 * from no amount at all. Without consent to electronic notice, decisions are posted to {@code postalAddress}.
 */
public record ApplicationDetails(
        String callCode,
        String businessId,
        String associationName,
        String municipality,
        String contactName,
        String contactEmail,
        String contactPhone,
        String iban,
        String activityName,
        String activityDescription,
        String activityType,
        String targetGroup,
        String contentArea,
        String hyteArea,
        BigDecimal requestedAmount,
        boolean partnershipGrantDeclared,
        boolean municipalFundingDeclared,
        boolean electronicNoticeConsent,
        String postalAddress,
        LocalDate receivedOn,
        boolean requestedAmountUnreadable,
        EligibilityDeclarations declarations) {

    /** An application without the eligibility declarations. */
    public ApplicationDetails(String callCode, String businessId, String associationName, String municipality, String contactName,
                              String contactEmail, String contactPhone, String iban, String activityName, String activityDescription,
                              String activityType, String targetGroup, String contentArea, String hyteArea,
                              BigDecimal requestedAmount, boolean partnershipGrantDeclared, boolean municipalFundingDeclared,
                              boolean electronicNoticeConsent, String postalAddress, LocalDate receivedOn,
                              boolean requestedAmountUnreadable) {
        this(callCode, businessId, associationName, municipality, contactName, contactEmail, contactPhone, iban, activityName,
                activityDescription, activityType, targetGroup, contentArea, hyteArea, requestedAmount, partnershipGrantDeclared,
                municipalFundingDeclared, electronicNoticeConsent, postalAddress, receivedOn, requestedAmountUnreadable,
                EligibilityDeclarations.UNANSWERED);
    }

    public ApplicationDetails {
        declarations = declarations == null ? EligibilityDeclarations.UNANSWERED : declarations;
    }
}
