package fi.hva.grants.common;

/** The type of grant a call awards (avustusmuoto: operating or theme grant); its prefix starts every call code and application number. */
public enum GrantType {
    OPERATING("TA"),
    THEME("TE");

    private final String prefix;

    GrantType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
