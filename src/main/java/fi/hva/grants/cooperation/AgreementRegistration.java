package fi.hva.grants.cooperation;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.FormValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The start form of the cooperation agreement process (cooperation-start) as submitted. The business id
 * and the kind are kept as written too, for the message that refuses them; a missing or unreadable value is null.
 */
record AgreementRegistration(String associationName, String businessIdAsWritten, BusinessId businessId, String contactEmail,
                             String subject, String kindAsWritten, AgreementKind kind, LocalDate startsOn, LocalDate endsOn,
                             String countyContact) {

    static final String ASSOCIATION_NAME = "associationName";
    static final String BUSINESS_ID = "businessId";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String SUBJECT = "agreementSubject";
    static final String KIND = "agreementKind";
    static final String STARTS_ON = "agreementStartsOn";
    static final String ENDS_ON = "agreementEndsOn";
    static final String COUNTY_CONTACT = "countyContact";
    static final List<String> FIELD_KEYS = List.of(ASSOCIATION_NAME, BUSINESS_ID, CONTACT_EMAIL, SUBJECT, KIND,
            STARTS_ON, ENDS_ON, COUNTY_CONTACT);

    static AgreementRegistration parse(Map<String, Object> submitted) {
        String businessId = FormValues.text(submitted.get(BUSINESS_ID));
        String kind = FormValues.text(submitted.get(KIND));
        return new AgreementRegistration(FormValues.text(submitted.get(ASSOCIATION_NAME)), businessId,
                BusinessId.parse(businessId).orElse(null), FormValues.text(submitted.get(CONTACT_EMAIL)),
                FormValues.text(submitted.get(SUBJECT)), kind,
                Arrays.stream(AgreementKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null),
                FormValues.date(submitted.get(STARTS_ON)), FormValues.date(submitted.get(ENDS_ON)),
                FormValues.text(submitted.get(COUNTY_CONTACT)));
    }
}
