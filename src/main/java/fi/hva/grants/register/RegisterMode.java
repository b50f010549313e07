package fi.hva.grants.register;

/** Where the association register is read from; set with {@code grants.register.mode}. */
public enum RegisterMode {
    /** PRH's open data over HTTP ({@link YtjOpenDataClient}). */
    HTTP,
    /** A configured list of entries, for the demo and the tests: no network. */
    LOCAL
}
