package fi.hva.grants.grant;

import fi.hva.grants.common.FormValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Field keys of {@code forms/application.form}. They arrive as variables of the starting
 * application instance and are removed once the application is stored, so that only ids stay in
 * the process.
 */
public final class ApplicationFormFields {

    public static final String CALL_CODE = "callCode";
    public static final String BUSINESS_ID = "businessId";
    public static final String ASSOCIATION_NAME = "associationName";
    public static final String MUNICIPALITY = "municipality";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String IBAN = "iban";
    public static final String ACTIVITY_NAME = "activityName";
    public static final String ACTIVITY_DESCRIPTION = "activityDescription";
    public static final String ACTIVITY_TYPE = "activityType";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String CONTENT_AREA = "contentArea";
    public static final String HYTE_AREA = "hyteArea";
    public static final String REQUESTED_AMOUNT = "requestedAmount";
    public static final String PARTNERSHIP_GRANT_DECLARED = "partnershipGrantDeclared";
    public static final String MUNICIPAL_FUNDING_DECLARED = "municipalFundingDeclared";
    public static final String ELECTRONIC_NOTICE_CONSENT = "electronicNoticeConsent";
    public static final String POSTAL_ADDRESS = "postalAddress";
    public static final String REGISTERED_ASSOCIATION = "registeredAssociation";
    public static final String NON_PROFIT = "nonProfit";
    public static final String ACTIVITY_WHOLLY_FOR_REGION = "activityWhollyForRegion";
    public static final String SEPARATE_BOOKKEEPING = "separateBookkeeping";
    /** The eligibility declarations: answered "YES" or "NO" (radio buttons), or not at all. */
    public static final List<String> DECLARATIONS = List.of(REGISTERED_ASSOCIATION, NON_PROFIT, ACTIVITY_WHOLLY_FOR_REGION,
            SEPARATE_BOOKKEEPING);
    public static final String RECEIVED_ON = "receivedOn";
    public static final String CHANNEL = "channel";

    public static final List<String> ALL = List.of(CALL_CODE, BUSINESS_ID, ASSOCIATION_NAME, MUNICIPALITY,
            CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, IBAN, ACTIVITY_NAME, ACTIVITY_DESCRIPTION, ACTIVITY_TYPE,
            TARGET_GROUP, CONTENT_AREA, HYTE_AREA, REQUESTED_AMOUNT, PARTNERSHIP_GRANT_DECLARED,
            MUNICIPAL_FUNDING_DECLARED, ELECTRONIC_NOTICE_CONSENT, POSTAL_ADDRESS, REGISTERED_ASSOCIATION, NON_PROFIT,
            ACTIVITY_WHOLLY_FOR_REGION, SEPARATE_BOOKKEEPING, RECEIVED_ON, CHANNEL);

    private ApplicationFormFields() {
    }

    public static ApplicationDetails read(Map<String, Object> variables) {
        BigDecimal requestedAmount = FormValues.amount(variables.get(REQUESTED_AMOUNT));
        return new ApplicationDetails(
                text(variables, CALL_CODE),
                text(variables, BUSINESS_ID),
                text(variables, ASSOCIATION_NAME),
                text(variables, MUNICIPALITY),
                text(variables, CONTACT_NAME),
                text(variables, CONTACT_EMAIL),
                text(variables, CONTACT_PHONE),
                text(variables, IBAN),
                text(variables, ACTIVITY_NAME),
                text(variables, ACTIVITY_DESCRIPTION),
                text(variables, ACTIVITY_TYPE),
                text(variables, TARGET_GROUP),
                text(variables, CONTENT_AREA),
                text(variables, HYTE_AREA),
                requestedAmount,
                Boolean.TRUE.equals(variables.get(PARTNERSHIP_GRANT_DECLARED)),
                Boolean.TRUE.equals(variables.get(MUNICIPAL_FUNDING_DECLARED)),
                Boolean.TRUE.equals(variables.get(ELECTRONIC_NOTICE_CONSENT)),
                text(variables, POSTAL_ADDRESS),
                FormValues.date(variables.get(RECEIVED_ON)),
                requestedAmount == null && FormValues.text(variables.get(REQUESTED_AMOUNT)) != null,
                new EligibilityDeclarations(declaration(variables, REGISTERED_ASSOCIATION), declaration(variables, NON_PROFIT),
                        declaration(variables, ACTIVITY_WHOLLY_FOR_REGION), declaration(variables, SEPARATE_BOOKKEEPING)));
    }

    /** "YES" or true, "NO" or false; anything else is no answer. */
    public static Boolean declaration(Object value) {
        if (value instanceof Boolean answer) {
            return answer;
        }
        String text = FormValues.text(value);
        if ("YES".equals(text)) {
            return Boolean.TRUE;
        }
        return "NO".equals(text) ? Boolean.FALSE : null;
    }

    private static Boolean declaration(Map<String, Object> variables, String key) {
        return declaration(variables.get(key));
    }

    public static Channel channel(Map<String, Object> variables) {
        Object channel = variables.get(CHANNEL);
        return channel == null ? Channel.PAPER : Channel.valueOf(channel.toString());
    }

    private static String text(Map<String, Object> variables, String key) {
        return FormValues.text(variables.get(key));
    }
}
