package fi.hva.grants.grant;

/**
 * What kind of activity the grant would fund. The county/municipality split of it is decided in the
 * DMN table {@code municipalResponsibility}, not here, so process owners can change it.
 */
public enum ActivityType {
    PEER_SUPPORT,
    EXPERT_LECTURES,
    CULTURE_IN_CARE,
    PATIENT_ORGANISATION,
    FAMILY_SUPPORT,
    MENTAL_HEALTH_CRISIS_WORK,
    HOME_LIVING_SUPPORT,
    SOCIAL_WORK_ACTIVITY,
    VETERANS,
    RESCUE_SAFETY,
    DIGITAL_SUPPORT,
    CULTURE,
    YOUTH_WORK,
    SPORTS,
    OPEN_MEETING_PLACE,
    IMMIGRANT_INTEGRATION,
    RECREATION,
    FOOD_AID,
    UNEMPLOYED_SUPPORT,
    VILLAGE_COMMUNITY
}
