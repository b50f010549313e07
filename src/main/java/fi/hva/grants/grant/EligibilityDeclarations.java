package fi.hva.grants.grant;

/**
 * What the applicant declares of who it is (seeds 001, 002, 004): a registered, non-profit (yleishyödyllinen) association,
 * and, when its registered office (kotipaikka) is outside the region, whether the funded activity is wholly for the
 * region's residents and kept separate in its books. Null where the application did not answer, as on an older paper form.
 */
public record EligibilityDeclarations(Boolean registeredAssociation, Boolean nonProfit, Boolean activityWhollyForRegion,
                                      Boolean separateBookkeeping) {

    public static final EligibilityDeclarations UNANSWERED = new EligibilityDeclarations(null, null, null, null);
}
