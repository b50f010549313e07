package fi.hva.grants.register;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The latest register check of one application: what PRH said of the business id the application names, and when. */
@Entity
@Table(name = "register_check")
public class RegisterCheck {

    @Id
    private Long applicationId;
    private String businessId;
    @Enumerated(EnumType.STRING)
    private RegisterOutcome outcome;
    private String officialName;
    private String registeredOffice;
    private String companyForm;
    @Enumerated(EnumType.STRING)
    private RegisterStanding standing;
    private LocalDate endDate;
    private Instant checkedAt;

    protected RegisterCheck() {
    }

    RegisterCheck(long applicationId) {
        this.applicationId = applicationId;
    }

    void record(String businessId, RegisterOutcome outcome, RegisterEntry entry, Instant at) {
        this.businessId = businessId;
        this.outcome = outcome;
        this.officialName = entry == null ? null : entry.officialName();
        this.registeredOffice = entry == null ? null : entry.registeredOffice();
        this.companyForm = entry == null ? null : entry.companyForm();
        this.standing = entry == null ? null : entry.standing();
        this.endDate = entry == null ? null : entry.endDate();
        this.checkedAt = at;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getBusinessId() {
        return businessId;
    }

    public RegisterOutcome getOutcome() {
        return outcome;
    }

    public String getOfficialName() {
        return officialName;
    }

    public String getRegisteredOffice() {
        return registeredOffice;
    }

    public String getCompanyForm() {
        return companyForm;
    }

    public RegisterStanding getStanding() {
        return standing;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
