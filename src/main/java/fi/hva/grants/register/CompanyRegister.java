package fi.hva.grants.register;

import java.util.Optional;

/** Looks a business id up in the register of associations and companies. */
public interface CompanyRegister {

    /**
     * @param businessId a canonical business id ({@code 1234567-8})
     * @return the entry, or empty when the register does not know the business id
     * @throws RegisterUnavailableException when the register cannot answer; the calling job fails and is retried
     */
    Optional<RegisterEntry> find(String businessId);
}
