package fi.hva.grants.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A request for additional information (täydennyspyyntö) and the applicant's answer to it. */
@Entity
public class InfoRequest {

    public enum Status { PENDING, ANSWERED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private String question;
    private String requestedBy;
    private Instant requestedAt;
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String answer;
    private Instant answeredAt;

    protected InfoRequest() {
    }

    public InfoRequest(Long applicationId, String question, String requestedBy, Instant requestedAt, Instant deadline) {
        this.applicationId = applicationId;
        this.question = question;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.deadline = deadline;
        this.status = Status.PENDING;
    }

    public void answer(String text, Instant at) {
        this.answer = text;
        this.answeredAt = at;
        this.status = Status.ANSWERED;
    }

    public void expire() {
        this.status = Status.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getQuestion() {
        return question;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
