package fi.hva.grants.grant;

public enum ApplicationStatus {
    RECEIVED,
    IN_REVIEW,
    AWAITING_INFO,
    REVIEWED,
    LATE,
    DECIDED;

    /** Statuses after which the application no longer holds back the call's decision proposal. */
    public static final java.util.Set<ApplicationStatus> READY_FOR_PROPOSAL = java.util.EnumSet.of(REVIEWED, LATE, DECIDED);
}
