package fi.hva.grants.common;

import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/** Account numbers as people write them ("FI21 1234 …") and as they are stored and paid to. */
public final class Iban {

    private Iban() {
    }

    public static String normalize(String iban) {
        return iban.replaceAll("\\s", "").toUpperCase();
    }

    public static boolean isValid(String iban) {
        if (iban == null) {
            return false;
        }
        try {
            IbanUtil.validate(normalize(iban));
            return true;
        } catch (Iban4jException | IllegalArgumentException e) {
            return false;
        }
    }
}
