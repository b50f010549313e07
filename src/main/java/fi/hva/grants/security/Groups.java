package fi.hva.grants.security;

import java.util.List;

/** Camunda group ids, one per role. Their Finnish names live in the message bundle under {@code group.<id>}. */
public final class Groups {

    public static final String LIAISON_OFFICERS = "liaison-officers";
    public static final String LIAISON_DEPUTIES = "liaison-deputies";
    public static final String AREA_MENTAL_HEALTH = "area-mental-health";
    public static final String AREA_ELDERLY = "area-elderly";
    public static final String AREA_FAMILY = "area-family";
    public static final String AREA_DISABILITY = "area-disability";
    public static final String BOARD_SECRETARIES = "board-secretaries";
    public static final String FINANCE = "finance";
    /** The registry office (kirjaamo): posts letters to applicants who did not consent to electronic notice. */
    public static final String REGISTRY_OFFICE = "registry-office";
    /** Supervisors responsible for the county's premises: they decide on letting them free of charge (seed 000 ch. 8.3). */
    public static final String PREMISES_SUPERVISORS = "premises-supervisors";
    public static final String PARTNERSHIP_MANAGERS = "partnership-managers";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    /** Groups whose members work tasks in Tasklist. */
    public static final List<String> TASK_WORKERS = List.of(
            LIAISON_OFFICERS, LIAISON_DEPUTIES, AREA_MENTAL_HEALTH, AREA_ELDERLY, AREA_FAMILY,
            AREA_DISABILITY, BOARD_SECRETARIES, FINANCE, PARTNERSHIP_MANAGERS, REGISTRY_OFFICE, PREMISES_SUPERVISORS);

    /** Every group of the application, the administrators included. */
    public static final List<String> ALL = List.of(
            LIAISON_OFFICERS, LIAISON_DEPUTIES, AREA_MENTAL_HEALTH, AREA_ELDERLY, AREA_FAMILY,
            AREA_DISABILITY, BOARD_SECRETARIES, FINANCE, PARTNERSHIP_MANAGERS, REGISTRY_OFFICE, PREMISES_SUPERVISORS, MANAGERS, ADMINS);

    public static final List<String> SERVICE_AREAS = List.of(
            AREA_MENTAL_HEALTH, AREA_ELDERLY, AREA_FAMILY, AREA_DISABILITY);

    private Groups() {
    }
}
