package fi.hva.grants.grant;

import java.util.List;

/**
 * The partnership grants an association has, so that the reviewer sees an operating-grant
 * application for activity that a partnership grant already funds. Implemented by the partnership
 * feature, which this package must not depend on.
 */
public interface PartnershipGrantRegister {

    /** One line per partnership in force or approved for the year: number, project, funder and period. */
    List<String> partnershipGrantsOf(String businessId, int year);

    /**
     * One line per partnership grant still being sought for the year (an initiative being assessed or negotiated, awaiting
     * its external funding or an agreement): an operating grant may not go to activity for which a partnership grant is
     * being sought (Kainuu, seed 000 ch. 8.1).
     */
    List<String> partnershipInitiativesOf(String businessId, int year);
}
