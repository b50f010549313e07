package fi.hva.grants.common;

/** Grant forms decided in a call; the prefix starts every call code and application number. */
public enum GrantForm {
    OPERATING("TA"),
    THEME("TE");

    private final String prefix;

    GrantForm(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
