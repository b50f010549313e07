package fi.hva.grants.grant;

/** What the eligibility table (processes/application-eligibility.dmn) says of an applicant. */
public enum Eligibility {
    ELIGIBLE,
    /** The applicant's own declarations rule it out: the decision body decides "ei myönnetä" with the table's reason. */
    INELIGIBLE,
    /** The register contradicts the declarations: reviewed as usual, with the table's reason as a flag for the officer. */
    CHECK
}
