package fi.hva.grants.call;

import fi.hva.grants.common.GrantType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
public class GrantCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "grant_form")
    private GrantType grantType;

    private int grantYear;
    private BigDecimal appropriation;
    private BigDecimal maxGrant;
    private Instant opensAt;
    private Instant closesAt;
    private LocalDate reportDeadline;
    private int instalments = 1;

    @Enumerated(EnumType.STRING)
    private CallStatus status;

    private String approvalReference;
    private Instant approvedAt;
    private String approvalNotes;
    private String boardReference;
    private LocalDate boardDecidedOn;
    private LocalDate minutesPublishedOn;
    private String processInstanceId;
    private Instant createdAt;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderBy("position")
    private List<CallCriterion> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_content_area", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "area")
    private Set<String> contentAreas = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_hyte_area", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "area")
    private Set<String> hyteAreas = new LinkedHashSet<>();

    protected GrantCall() {
    }

    public GrantCall(String code, GrantType grantType, int grantYear) {
        this.code = code;
        this.grantType = grantType;
        this.grantYear = grantYear;
        this.status = CallStatus.DRAFT;
        this.createdAt = Instant.now();
    }

    public void describe(CallDetails details) {
        this.name = details.name();
        this.appropriation = details.appropriation();
        this.maxGrant = details.maxGrant();
        this.opensAt = details.opensAt();
        this.closesAt = details.closesAt();
        this.reportDeadline = details.reportDeadline();
        this.instalments = details.instalments();
        this.contentAreas = new LinkedHashSet<>(details.contentAreas());
        this.hyteAreas = new LinkedHashSet<>(details.hyteAreas());
        this.criteria.clear();
        int position = 0;
        for (CallDetails.Criterion criterion : details.criteria()) {
            criteria.add(new CallCriterion(position++, criterion.name(), criterion.weight()));
        }
        this.status = CallStatus.AWAITING_APPROVAL;
    }

    public void returnToDraft(String notes) {
        this.approvalNotes = notes;
        this.status = CallStatus.DRAFT;
    }

    public void approve(String reference, String notes, Instant at) {
        this.approvalReference = reference;
        this.approvalNotes = notes;
        this.approvedAt = at;
    }

    public void publish() {
        this.status = CallStatus.PUBLISHED;
    }

    public void open() {
        this.status = CallStatus.OPEN;
    }

    public void close() {
        this.status = CallStatus.CLOSED;
    }

    public void markProposed() {
        this.status = CallStatus.PROPOSED;
    }

    public void recordBoardDecision(String reference, LocalDate decidedOn) {
        this.boardReference = reference;
        this.boardDecidedOn = decidedOn;
        this.status = CallStatus.DECIDED;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean acceptsApplicationsAt(Instant moment) {
        return opensAt != null && closesAt != null && !moment.isBefore(opensAt) && !moment.isAfter(closesAt);
    }

    public boolean hasClosedBy(Instant moment) {
        return closesAt != null && moment.isAfter(closesAt);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public GrantType getGrantType() {
        return grantType;
    }

    public int getGrantYear() {
        return grantYear;
    }

    public BigDecimal getAppropriation() {
        return appropriation;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public LocalDate getReportDeadline() {
        return reportDeadline;
    }

    public int getInstalments() {
        return instalments;
    }

    public CallStatus getStatus() {
        return status;
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public String getApprovalNotes() {
        return approvalNotes;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    /** The minutes of the call's decision were published in the public data network (members' period). */
    public void recordMinutesPublication(LocalDate publishedOn) {
        this.minutesPublishedOn = publishedOn;
    }

    public LocalDate getMinutesPublishedOn() {
        return minutesPublishedOn;
    }

    public String getBoardReference() {
        return boardReference;
    }

    public LocalDate getBoardDecidedOn() {
        return boardDecidedOn;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<CallCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public Set<String> getContentAreas() {
        return Set.copyOf(contentAreas);
    }

    public Set<String> getHyteAreas() {
        return Set.copyOf(hyteAreas);
    }
}
