package fi.hva.grants.applicant;

import java.util.Map;

/**
 * An application as the applicant page sent it: the start form's field keys with values already of
 * their field's type (text, amount, flag), not yet checked as an application. The application process
 * starts with exactly these values, as it would from the form in Tasklist, and checks them there.
 *
 * @param values field key to value; a field left out or sent as null is absent
 */
record SubmittedApplication(Map<String, Object> values) {

    SubmittedApplication {
        values = Map.copyOf(values);
    }
}
