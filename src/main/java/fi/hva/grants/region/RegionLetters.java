package fi.hva.grants.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a region's decision letters must say besides the decision, from the region file's
 * {@code region.letters} block: who gives more information (hallintolaki 44 §), where a rectification
 * request and an appeal are sent, and the county's interest terms for recovered grants, which no statute
 * sets for a county's own grants. The person giving information is set per install (environment), not in
 * the region file, because it is personal data. A letter is never sent with a part missing: reading the
 * settings for a letter fails with the names of the unset keys instead.
 */
@ConfigurationProperties(prefix = "region.letters")
public record RegionLetters(
        InformationContact information,
        Office rectification,
        Office court,
        RecoveryInterest recoveryInterest) {

    /** The officer who answers questions on the decisions, with the title printed before the name. */
    public record InformationContact(String name, String title, String phone, String email) {
    }

    /** A postal address (one line) and an e-mail address where documents are received. */
    public record Office(String postalAddress, String email) {
    }

    /**
     * Interest on a recovered sum from the day the grant was paid, as percentage points above the reference
     * rate of korkolaki 3 § 2 mom.; none when unset. Overdue sums always bear penalty interest (korkolaki 4 §).
     */
    public record RecoveryInterest(BigDecimal marginPoints) {
    }

    /** These settings, or an {@link IllegalStateException} naming every key a letter would miss. */
    public RegionLetters requireComplete() {
        List<String> missing = new ArrayList<>();
        InformationContact person = information == null ? new InformationContact(null, null, null, null) : information;
        check(missing, "information.name", person.name());
        check(missing, "information.title", person.title());
        check(missing, "information.phone", person.phone());
        check(missing, "information.email", person.email());
        Office office = rectification == null ? new Office(null, null) : rectification;
        check(missing, "rectification.postal-address", office.postalAddress());
        check(missing, "rectification.email", office.email());
        Office appeal = court == null ? new Office(null, null) : court;
        check(missing, "court.postal-address", appeal.postalAddress());
        check(missing, "court.email", appeal.email());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Decision letters need region.letters." + String.join(", region.letters.", missing)
                    + " (the region file, or the environment for the person giving information)");
        }
        return this;
    }

    /** The margin above the reference rate, or null when the county charges no interest before the due date. */
    public BigDecimal interestMarginPoints() {
        return recoveryInterest == null ? null : recoveryInterest.marginPoints();
    }

    private static void check(List<String> missing, String key, String value) {
        if (value == null || value.isBlank()) {
            missing.add(key);
        }
    }
}
