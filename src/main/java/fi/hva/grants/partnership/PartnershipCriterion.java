package fi.hva.grants.partnership;

/**
 * The partnership criteria of the preliminary assessment (Pohjois-Pohjanmaa's list in
 * shared/domain.md); the DMN table partnershipEligibility decides what follows from them.
 */
enum PartnershipCriterion {
    PROFESSIONAL_NGO,
    WHOLE_COUNTY,
    WELFARE_DEFICITS,
    WELFARE_PLAN,
    COMPLEMENTS_SERVICES,
    CONTINUITY
}
