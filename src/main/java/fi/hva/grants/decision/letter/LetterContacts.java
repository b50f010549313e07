package fi.hva.grants.decision.letter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parts of a letter that tell the recipient whom to ask and where to turn: the officer who gives more
 * information (hallintolaki 44 §), the addresses for a rectification request and for an appeal to the
 * administrative court, and the interest terms of a recovery. Kept with the letter's content, so that a
 * letter rendered again later names the same people and addresses as the one sent.
 */
public record LetterContacts(
        String informationName,
        String informationTitle,
        String informationPhone,
        String informationEmail,
        String rectificationPostalAddress,
        String rectificationEmail,
        String courtPostalAddress,
        String courtEmail,
        BigDecimal interestMarginPoints) {

    public LetterContacts {
        Objects.requireNonNull(informationName, "informationName");
        Objects.requireNonNull(informationTitle, "informationTitle");
        Objects.requireNonNull(informationPhone, "informationPhone");
        Objects.requireNonNull(informationEmail, "informationEmail");
        Objects.requireNonNull(rectificationPostalAddress, "rectificationPostalAddress");
        Objects.requireNonNull(rectificationEmail, "rectificationEmail");
        Objects.requireNonNull(courtPostalAddress, "courtPostalAddress");
        Objects.requireNonNull(courtEmail, "courtEmail");
        if (interestMarginPoints != null && interestMarginPoints.signum() < 0) {
            throw new IllegalArgumentException("interestMarginPoints must not be negative");
        }
    }
}
