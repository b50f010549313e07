package fi.hva.grants.association;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessId;
    private String name;
    private String municipality;
    private String email;
    private boolean previousReportPending;
    private Instant createdAt;

    protected Association() {
    }

    public Association(String businessId, String name, String municipality, String email) {
        this.businessId = businessId;
        this.name = name;
        this.municipality = municipality;
        this.email = email;
        this.createdAt = Instant.now();
    }

    /** Keeps the register data current with what the association declared in its latest application. */
    public void updateContact(String name, String municipality, String email) {
        this.name = name;
        this.municipality = municipality;
        this.email = email;
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

    public boolean isPreviousReportPending() {
        return previousReportPending;
    }
}
