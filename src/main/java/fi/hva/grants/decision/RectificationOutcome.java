package fi.hva.grants.decision;

/** What the decision body decided on a rectification request. */
enum RectificationOutcome {
    UPHELD,
    AMENDED;

    RectificationRequest.Status status() {
        return RectificationRequest.Status.valueOf(name());
    }
}
