package fi.hva.grants.common;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address the forms and the applicant API share: a local part of at most
 * 64 characters, an @, and a domain with a dot. Whether the address works is learnt by mailing to it.
 */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && PLAUSIBLE.matcher(address).matches();
    }
}
