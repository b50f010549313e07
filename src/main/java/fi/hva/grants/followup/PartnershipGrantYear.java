package fi.hva.grants.followup;

import java.math.BigDecimal;

/**
 * One year of a partnership agreement as the follow-up counts it: the agreement's yearly maximum,
 * the amount the county budget confirmed (none when the year lapsed or is still open) and the
 * association's home municipality, if the association is known by its business id.
 */
record PartnershipGrantYear(BigDecimal agreedMaximum, BigDecimal confirmedAmount, String municipality) {

    boolean granted() {
        return confirmedAmount != null && confirmedAmount.signum() > 0;
    }
}
