package fi.hva.grants.grant;

public enum Channel {
    ELECTRONIC,
    PAPER
}
