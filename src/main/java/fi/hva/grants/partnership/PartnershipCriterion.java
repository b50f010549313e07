package fi.hva.grants.partnership;

/**
 * The partnership criteria of the preliminary assessment (Pohjois-Pohjanmaa, seeds/003 ch. 5.5.1); the DMN table
 * partnershipEligibility decides what follows from them.
 */
enum PartnershipCriterion {
    PROFESSIONAL_NGO,
    WHOLE_COUNTY,
    WELFARE_DEFICITS,
    WELFARE_PLAN,
    COMPLEMENTS_SERVICES,
    /** "Huomioidaan" in the seed: weighed in the negotiations, so a rejection never names it as a criterion not met. */
    CONTINUITY(false);

    private final boolean required;

    PartnershipCriterion() {
        this(true);
    }

    PartnershipCriterion(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }
}
