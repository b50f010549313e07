package fi.hva.grants.common;

import java.util.Optional;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * An account number as it is stored and paid to: no spaces, upper case, its check digits valid
 * (iban4j). People write it "FI21 1234 …"; {@link #parse} takes that once, at the edge.
 *
 * @param value the electronic format, "FI2112345600000785"
 */
public record Iban(String value) {

    public Iban {
        if (!isElectronicAndValid(value)) {
            throw new IllegalArgumentException("Not a valid IBAN");
        }
    }

    /** The account number as people write it, or empty when it is none. */
    public static Optional<Iban> parse(String written) {
        String electronic = written == null ? null : normalize(written);
        return isElectronicAndValid(electronic) ? Optional.of(new Iban(electronic)) : Optional.empty();
    }

    private static String normalize(String iban) {
        return iban.replaceAll("\\s", "").toUpperCase();
    }

    private static boolean isElectronicAndValid(String value) {
        if (value == null) {
            return false;
        }
        try {
            IbanUtil.validate(value);
            return true;
        } catch (Iban4jException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
