package fi.hva.grants.association;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The association register: one row per business id. It is created from the association's first
 * application, since there is no other source yet, and then changes only by an officer's action (or,
 * later, from a trusted register such as PRH's): an application keeps the details its applicant gave in
 * {@code grant_application}, and anyone who controls an e-mail address could send one.
 */
@Entity
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessId;
    private String name;
    private String municipality;
    private String email;
    private String iban;
    private boolean previousReportPending;
    private Instant createdAt;

    protected Association() {
    }

    public Association(String businessId, String name, String municipality, String email, String iban) {
        this.businessId = businessId;
        this.name = name;
        this.municipality = municipality;
        this.email = email;
        this.iban = iban;
        this.createdAt = Instant.now();
    }

    public void markPreviousReportPending(boolean pending) {
        this.previousReportPending = pending;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getEmail() {
        return email;
    }

    public String getIban() {
        return iban;
    }

    public boolean isPreviousReportPending() {
        return previousReportPending;
    }
}
