package fi.hva.grants.cooperation;

/** The partnership manager's choice in "Päätä sopimuksen jatkosta". */
enum Continuation {
    RENEW,
    END
}
