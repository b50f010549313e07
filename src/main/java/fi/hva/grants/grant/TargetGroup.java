package fi.hva.grants.grant;

/** Whom the activity serves; together with the content area it routes the review. */
public enum TargetGroup {
    FAMILIES,
    WORKING_AGE,
    ELDERLY,
    DISABLED,
    ALL_AGES
}
