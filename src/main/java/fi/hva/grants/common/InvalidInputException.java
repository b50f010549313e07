package fi.hva.grants.common;

import java.util.List;

/**
 * Input a user must correct. The message is already in the user's language: Tasklist and the
 * REST API show it as it is, and the transaction that carried the input is rolled back.
 */
public class InvalidInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
