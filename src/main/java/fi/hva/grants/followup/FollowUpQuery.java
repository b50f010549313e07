package fi.hva.grants.followup;

import fi.hva.grants.call.GrantCall;

/** One year's applications, or one call's within it. */
public record FollowUpQuery(int year, GrantCall call) {

    public String callCode() {
        return call == null ? null : call.getCode();
    }
}
