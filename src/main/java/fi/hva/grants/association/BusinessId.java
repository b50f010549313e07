package fi.hva.grants.association;

import java.util.regex.Pattern;

/**
 * Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 minus the remainder of the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) modulo 11; remainder 0
 * gives 0, and remainder 1 is never issued.
 */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        return value.charAt(8) - '0' == expected;
    }

    /** Accepts the common ways of writing the id (spaces, missing leading zero) and returns the canonical form. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.replaceAll("\\s", "");
        return trimmed.matches("\\d{6}-\\d") ? "0" + trimmed : trimmed;
    }
}
