package fi.hva.grants.common;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user must correct. The message is already in the user's language: Tasklist and the
 * REST API show it as it is, and the transaction that carried the input is rolled back. A
 * {@link BadUserRequestException}, so that every Camunda REST API (ours at /engine-rest and the one
 * the webapps call) answers 400 and the engine logs it at DEBUG, not as a server error.
 */
public class InvalidInputException extends BadUserRequestException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
