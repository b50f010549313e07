package fi.hva.grants.partnership;

/** A letter of intent (aiesopimus) or a cooperation agreement (yhteistyösopimus); neither carries money. */
public enum AgreementKind {
    LETTER_OF_INTENT,
    COOPERATION_AGREEMENT
}
