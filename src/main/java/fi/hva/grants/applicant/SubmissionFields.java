package fi.hva.grants.applicant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import fi.hva.grants.grant.ApplicationFormFields;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Turns the JSON that the application page's form-js sends into the variables of the application
 * process start, the same keys an officer's Tasklist form submits. Only the form's own fields are
 * taken: the channel is the server's to set, and a paper application's arrival date does not apply.
 */
@Component
class SubmissionFields {

    private static final Set<String> TEXTS = Set.of(ApplicationFormFields.CALL_CODE, ApplicationFormFields.BUSINESS_ID,
            ApplicationFormFields.ASSOCIATION_NAME, ApplicationFormFields.MUNICIPALITY, ApplicationFormFields.CONTACT_NAME,
            ApplicationFormFields.CONTACT_EMAIL, ApplicationFormFields.CONTACT_PHONE, ApplicationFormFields.IBAN,
            ApplicationFormFields.ACTIVITY_NAME, ApplicationFormFields.ACTIVITY_DESCRIPTION, ApplicationFormFields.ACTIVITY_TYPE,
            ApplicationFormFields.TARGET_GROUP, ApplicationFormFields.CONTENT_AREA, ApplicationFormFields.HYTE_AREA,
            ApplicationFormFields.POSTAL_ADDRESS);
    private static final Set<String> FLAGS = Set.of(ApplicationFormFields.PARTNERSHIP_GRANT_DECLARED,
            ApplicationFormFields.MUNICIPAL_FUNDING_DECLARED, ApplicationFormFields.ELECTRONIC_NOTICE_CONSENT);
    /** Longer texts than any field holds are refused before they reach the validator. */
    private static final int MAX_TEXT = 4000;

    private final ObjectMapper objectMapper;
    private final Messages messages;

    SubmissionFields(ObjectMapper objectMapper, Messages messages) {
        this.objectMapper = objectMapper;
        this.messages = messages;
    }

    SubmittedApplication read(String json) {
        JsonNode root = parse(json);
        Problems problems = new Problems(messages);
        Map<String, Object> variables = new HashMap<>();
        root.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                return;
            }
            if (TEXTS.contains(key)) {
                boolean text = value.isTextual() && value.textValue().length() <= MAX_TEXT;
                problems.addIf(!text, "applicant.field.type", label(key));
                if (text) {
                    variables.put(key, value.textValue());
                }
            } else if (ApplicationFormFields.REQUESTED_AMOUNT.equals(key)) {
                boolean number = value.isNumber() || (value.isTextual() && value.textValue().length() <= 30);
                problems.addIf(!number, "applicant.field.type", label(key));
                if (number) {
                    variables.put(key, value.isNumber() ? number(value) : value.textValue());
                }
            } else if (ApplicationFormFields.DECLARATIONS.contains(key)) {
                Boolean answer = ApplicationFormFields.declaration(value.isBoolean() ? value.booleanValue() : value.asText());
                problems.addIf(answer == null || !(value.isBoolean() || value.isTextual()), "applicant.field.declaration", label(key));
                if (answer != null) {
                    variables.put(key, answer ? "YES" : "NO");
                }
            } else if (FLAGS.contains(key)) {
                problems.addIf(!value.isBoolean(), "applicant.field.type", label(key));
                variables.put(key, value.isBoolean() && value.booleanValue());
            }
        });
        problems.throwIfAny();
        return new SubmittedApplication(variables);
    }

    /** The content of a submission, independent of the JSON's key order and spacing (SHA-256). */
    String fingerprint(SubmittedApplication submitted) {
        try {
            return Tokens.hash(objectMapper.writeValueAsString(new TreeMap<>(submitted.values())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Form values of text, numbers and flags are always writable", e);
        }
    }

    private JsonNode parse(String json) {
        try {
            JsonNode root = json == null || json.isBlank() ? null : objectMapper.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(List.of(messages.get("applicant.body.notObject")));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(messages.get("applicant.body.invalidJson")));
        }
    }

    /**
     * A JSON number as the form's text. One that is no amount (1e999999999 parses as an infinite double, or
     * would have a billion digits in plain notation) is passed on as JSON wrote it, for the validator to refuse.
     */
    private static String number(JsonNode value) {
        BigDecimal amount = FormValues.amount(value.numberValue());
        return amount == null ? value.asText() : amount.toPlainString();
    }

    private String label(String key) {
        return messages.get("field." + key);
    }
}
