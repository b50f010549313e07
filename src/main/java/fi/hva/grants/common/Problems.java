package fi.hva.grants.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem in one input so the user can fix them all at once. */
public class Problems {

    private final Messages messages;
    private final List<String> found = new ArrayList<>();

    public Problems(Messages messages) {
        this.messages = messages;
    }

    public Problems add(String key, Object... args) {
        found.add(messages.get(key, args));
        return this;
    }

    public Problems addIf(boolean condition, String key, Object... args) {
        return condition ? add(key, args) : this;
    }

    /** The decision body's minutes: the reference (section) is given and the date is given and not in the future. */
    public Problems addIfNotMinutes(String reference, LocalDate decidedOn) {
        addIf(reference == null, "board.reference.required");
        return addIf(decidedOn == null || decidedOn.isAfter(LocalDate.ofInstant(Now.instant(), Now.HELSINKI)),
                "board.date.invalid");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
