package fi.hva.grants.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** The county council's approval of one year's budget, which confirms the partnership grants' appropriation. */
@Entity
class CountyBudget {

    @Id
    private Integer budgetYear;

    private String reference;
    private LocalDate approvedOn;
    private Instant recordedAt;

    protected CountyBudget() {
    }

    CountyBudget(Integer budgetYear, String reference, LocalDate approvedOn, Instant recordedAt) {
        this.budgetYear = budgetYear;
        this.reference = reference;
        this.approvedOn = approvedOn;
        this.recordedAt = recordedAt;
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }
}
