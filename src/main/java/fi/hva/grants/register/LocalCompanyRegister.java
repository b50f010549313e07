package fi.hva.grants.register;

import fi.hva.grants.association.BusinessId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The register as configured in {@code grants.register.local-entries}: the demo and the tests run without a network. */
class LocalCompanyRegister implements CompanyRegister {

    private final Map<String, RegisterEntry> entries;

    LocalCompanyRegister(RegisterProperties properties) {
        this.entries = properties.localEntries().stream()
                .map(LocalCompanyRegister::entry)
                .collect(Collectors.toUnmodifiableMap(RegisterEntry::businessId, Function.identity()));
    }

    private static RegisterEntry entry(RegisterProperties.LocalEntry local) {
        RegisterStanding standing = local.standing() != null ? local.standing()
                : local.endDate() != null ? RegisterStanding.DISSOLVED : RegisterStanding.ACTIVE;
        return new RegisterEntry(BusinessId.normalize(local.businessId()), local.name(), local.registeredOffice(),
                local.companyForm(), standing, local.endDate());
    }

    @Override
    public Optional<RegisterEntry> find(String businessId) {
        return Optional.ofNullable(entries.get(businessId));
    }
}
