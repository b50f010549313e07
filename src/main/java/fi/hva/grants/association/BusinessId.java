package fi.hva.grants.association;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 minus the remainder of the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) modulo 11; remainder 0
 * gives 0, and remainder 1 is never issued. A {@code BusinessId} is always canonical and valid, so
 * whoever holds one compares and stores it as it is.
 *
 * @param value the canonical form, "0123456-7"
 */
public record BusinessId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    public BusinessId {
        if (!isCanonicalAndValid(value)) {
            throw new IllegalArgumentException("Not a valid business id: " + value);
        }
    }

    /** The id as people write it (spaces, a missing leading zero), or empty when it is no valid id. */
    public static Optional<BusinessId> parse(String written) {
        String canonical = normalize(written);
        return isCanonicalAndValid(canonical) ? Optional.of(new BusinessId(canonical)) : Optional.empty();
    }

    public static boolean isValid(String written) {
        return parse(written).isPresent();
    }

    /**
     * Accepts the common ways of writing the id (spaces, missing leading zero) and returns the canonical form, valid
     * or not: the listing service is asked about whatever id an application names.
     */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.replaceAll("\\s", "");
        return trimmed.matches("\\d{6}-\\d") ? "0" + trimmed : trimmed;
    }

    private static boolean isCanonicalAndValid(String value) {
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

    @Override
    public String toString() {
        return value;
    }
}
