package fi.hva.grants.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the register says of one business id.
 *
 * @param officialName the current main name
 * @param registeredOffice the municipality of the registered address, as PRH spells it; null when none is given
 * @param companyForm the company form in Finnish (e.g. "Aatteellinen yhdistys"), null when none is given
 * @param endDate the day the association ended, only when it has
 */
public record RegisterEntry(String businessId, String officialName, String registeredOffice, String companyForm,
                            RegisterStanding standing, LocalDate endDate) {

    public RegisterEntry {
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(standing, "standing");
    }
}
