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
    VILLAGE_COMMUNITY,
    /** Yhteisöllisyys (seed 004: the municipalities'). */
    COMMUNITY,
    /** Safety and preparedness not tied to the rescue department (seed 004: the municipalities'). */
    MUNICIPAL_SAFETY,
    /** Events and premises as part of the association's yearly plan: they follow whoever funds the activity (seed 004). */
    EVENTS,
    PREMISES
}
