package fi.hva.grants.cooperation;

/** A letter of intent (aiesopimus) or a cooperation agreement (yhteistyösopimus); neither carries money. */
enum AgreementKind {
    LETTER_OF_INTENT,
    COOPERATION_AGREEMENT
}
