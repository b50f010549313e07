package fi.hva.grants.grant;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.EmailAddress;
import fi.hva.grants.common.Iban;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks an application before anything is stored or started; every problem is reported at once. */
@Component
public class ApplicationValidator {

    /**
     * From the opening on. After the closing an application is late, but it is still registered and decided (as
     * not examined): an authority decides every application it receives, also one that comes by post weeks late.
     */
    private static final Set<CallStatus> ACCEPTING = EnumSet.of(CallStatus.OPEN, CallStatus.CLOSED, CallStatus.PROPOSED,
            CallStatus.DECIDED);
    /** numeric(12, 2) of grant_application.requested_amount. */
    private static final java.math.BigDecimal AMOUNT_LIMIT = new java.math.BigDecimal("10000000000");

    private final Messages messages;

    ApplicationValidator(Messages messages) {
        this.messages = messages;
    }

    /** Problems that need no call: the call itself is looked up only when these pass. */
    public void checkFields(ApplicationDetails form) {
        Problems problems = new Problems(messages);
        problems.addIf(form.requestedAmountUnreadable(), "application.amount.unreadable");
        requiredFields(form).forEach((field, value) ->
                problems.addIf(value == null, "application.required", messages.get("field." + field)));
        if (form.businessId() != null) {
            problems.addIf(BusinessId.parse(form.businessId()).isEmpty(),
                    "application.businessId.invalid", form.businessId());
        }
        if (form.iban() != null) {
            problems.addIf(Iban.parse(form.iban()).isEmpty(), "application.iban.invalid", form.iban());
        }
        if (form.contactEmail() != null) {
            problems.addIf(!EmailAddress.isValid(form.contactEmail()), "application.email.invalid", form.contactEmail());
        }
        maxLengths(form).forEach((field, limit) -> problems.addIf(limit.getKey() != null && limit.getKey().length() > limit.getValue(),
                "application.tooLong", messages.get("field." + field), limit.getValue()));
        problems.addIf(!form.electronicNoticeConsent() && form.postalAddress() == null, "application.postalAddress.required");
        if (form.requestedAmount() != null) {
            problems.addIf(form.requestedAmount().signum() <= 0, "application.amount.notPositive");
            problems.addIf(form.requestedAmount().compareTo(AMOUNT_LIMIT) >= 0 || form.requestedAmount().stripTrailingZeros().scale() > 2,
                    "application.amount.format");
        }
        if (form.activityType() != null) {
            problems.addIf(!isOneOf(ActivityType.class, form.activityType()), "application.activityType.unknown", form.activityType());
        }
        if (form.targetGroup() != null) {
            problems.addIf(!isOneOf(TargetGroup.class, form.targetGroup()), "application.targetGroup.unknown", form.targetGroup());
        }
        problems.throwIfAny();
    }

    public void checkAgainstCall(ApplicationDetails form, GrantCall call) {
        Problems problems = new Problems(messages);
        problems.addIf(!ACCEPTING.contains(call.getStatus()), "application.call.notOpen", call.getCode());
        if (call.getMaxGrant() != null) {
            problems.addIf(form.requestedAmount().compareTo(call.getMaxGrant()) > 0,
                    "application.amount.overMax", form.requestedAmount(), call.getMaxGrant());
        }
        problems.addIf(!call.getContentAreas().contains(form.contentArea()),
                "application.contentArea.notInCall", messages.label("contentArea", form.contentArea()), call.getCode());
        problems.addIf(!call.getHyteAreas().contains(form.hyteArea()),
                "application.hyteArea.notInCall", messages.label("hyteArea", form.hyteArea()), call.getCode());
        problems.throwIfAny();
    }



    private static <E extends Enum<E>> boolean isOneOf(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(value));
    }

    /** The column widths of grant_application and association: longer text would fail the insert. */
    private static Map<String, Map.Entry<String, Integer>> maxLengths(ApplicationDetails form) {
        Map<String, Map.Entry<String, Integer>> limits = new LinkedHashMap<>();
        limits.put("callCode", new java.util.AbstractMap.SimpleEntry<>(form.callCode(), 20));
        limits.put("associationName", new java.util.AbstractMap.SimpleEntry<>(form.associationName(), 200));
        limits.put("municipality", new java.util.AbstractMap.SimpleEntry<>(form.municipality(), 100));
        limits.put("contactName", new java.util.AbstractMap.SimpleEntry<>(form.contactName(), 200));
        limits.put("contactEmail", new java.util.AbstractMap.SimpleEntry<>(form.contactEmail(), 200));
        limits.put("contactPhone", new java.util.AbstractMap.SimpleEntry<>(form.contactPhone(), 50));
        limits.put("activityName", new java.util.AbstractMap.SimpleEntry<>(form.activityName(), 200));
        limits.put("activityDescription", new java.util.AbstractMap.SimpleEntry<>(form.activityDescription(), 4000));
        limits.put("contentArea", new java.util.AbstractMap.SimpleEntry<>(form.contentArea(), 50));
        limits.put("hyteArea", new java.util.AbstractMap.SimpleEntry<>(form.hyteArea(), 50));
        limits.put("postalAddress", new java.util.AbstractMap.SimpleEntry<>(form.postalAddress(), 500));
        return limits;
    }

    private static Map<String, Object> requiredFields(ApplicationDetails form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("callCode", form.callCode());
        fields.put("businessId", form.businessId());
        fields.put("associationName", form.associationName());
        fields.put("municipality", form.municipality());
        fields.put("contactName", form.contactName());
        fields.put("contactEmail", form.contactEmail());
        fields.put("iban", form.iban());
        fields.put("activityName", form.activityName());
        fields.put("activityDescription", form.activityDescription());
        fields.put("activityType", form.activityType());
        fields.put("targetGroup", form.targetGroup());
        fields.put("contentArea", form.contentArea());
        fields.put("hyteArea", form.hyteArea());
        if (!form.requestedAmountUnreadable()) {
            fields.put("requestedAmount", form.requestedAmount());
        }
        return fields;
    }
}
