package fi.hva.grants.call;

import fi.hva.grants.common.GrantType;

/**
 * What a call needs to know of the applications to it. The package that owns the applications
 * answers, so that the call does not depend on them.
 */
public interface CallApplications {

    /** Called when a call is created, so the first submissions never race to start the numbering. */
    void prepareNumbering(GrantType form, int year);

    /** Whether every application to the call is reviewed (or needs no review). */
    boolean allReviewed(long callId);
}
