package fi.hva.grants.register;

/** Whether the association can receive a grant as far as the register tells; the officer reads it from {@code register.standing.<name>}. */
public enum RegisterStanding {
    /** In the association, foundation or trade register and not ended. */
    ACTIVE,
    /** In liquidation or bankruptcy (a current company situation). */
    IN_LIQUIDATION,
    /** Ended: the register gives an end date. */
    DISSOLVED,
    /** Known by its business id but in none of the registers of associations, foundations or companies. */
    NOT_REGISTERED
}
