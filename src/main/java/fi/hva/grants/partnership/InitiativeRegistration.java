package fi.hva.grants.partnership;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Iban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The start form of the partnership negotiation (partnership-initiative) as submitted, each value as
 * written and as read, for {@link PartnershipInitiatives#register} to check all at once.
 */
record InitiativeRegistration(Written<Initiator> initiatedBy, String associationName, Written<BusinessId> businessId,
                              String contactEmail, Written<Iban> iban, String projectName, String projectDescription,
                              Written<ExternalFunder> externalFunder, Written<Integer> firstYear, Written<Integer> lastYear,
                              Written<BigDecimal> yearlyMaximum, Written<LocalDate> receivedOn) {

    static final String INITIATED_BY = "initiatedBy";
    static final String ASSOCIATION_NAME = "associationName";
    static final String BUSINESS_ID = "businessId";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String IBAN = "iban";
    static final String PROJECT_NAME = "projectName";
    static final String PROJECT_DESCRIPTION = "projectDescription";
    static final String EXTERNAL_FUNDER = "externalFunder";
    static final String FIRST_YEAR = "firstYear";
    static final String LAST_YEAR = "lastYear";
    static final String YEARLY_MAXIMUM = "yearlyMaximum";
    static final String RECEIVED_ON = "receivedOn";
    static final List<String> FIELD_KEYS = List.of(INITIATED_BY, ASSOCIATION_NAME, BUSINESS_ID, CONTACT_EMAIL, IBAN,
            PROJECT_NAME, PROJECT_DESCRIPTION, EXTERNAL_FUNDER, FIRST_YEAR, LAST_YEAR, YEARLY_MAXIMUM, RECEIVED_ON);

    static InitiativeRegistration parse(Map<String, Object> submitted) {
        return new InitiativeRegistration(
                written(submitted, INITIATED_BY, text -> choice(Initiator.values(), text)),
                FormValues.text(submitted.get(ASSOCIATION_NAME)),
                written(submitted, BUSINESS_ID, text -> BusinessId.parse(text).orElse(null)),
                FormValues.text(submitted.get(CONTACT_EMAIL)),
                written(submitted, IBAN, text -> Iban.parse(text).orElse(null)),
                FormValues.text(submitted.get(PROJECT_NAME)),
                FormValues.text(submitted.get(PROJECT_DESCRIPTION)),
                written(submitted, EXTERNAL_FUNDER, text -> choice(ExternalFunder.values(), text)),
                written(submitted, FIRST_YEAR, text -> FormValues.integer(submitted.get(FIRST_YEAR))),
                written(submitted, LAST_YEAR, text -> FormValues.integer(submitted.get(LAST_YEAR))),
                written(submitted, YEARLY_MAXIMUM, text -> FormValues.amount(submitted.get(YEARLY_MAXIMUM))),
                written(submitted, RECEIVED_ON, text -> FormValues.date(submitted.get(RECEIVED_ON))));
    }

    private static <T> Written<T> written(Map<String, Object> submitted, String field, Function<String, T> read) {
        String text = FormValues.text(submitted.get(field));
        return new Written<>(text, text == null ? null : read.apply(text));
    }

    private static <E extends Enum<E>> E choice(E[] values, String text) {
        return Arrays.stream(values).filter(value -> value.name().equals(text)).findFirst().orElse(null);
    }
}
