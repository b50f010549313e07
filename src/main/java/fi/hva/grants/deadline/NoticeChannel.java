package fi.hva.grants.deadline;

/** How a decision is served on the applicant; it decides when the notice is deemed received. */
public enum NoticeChannel {
    EMAIL,
    LETTER
}
