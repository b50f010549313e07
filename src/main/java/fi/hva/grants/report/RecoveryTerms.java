package fi.hva.grants.report;

import fi.hva.grants.common.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The terms of a recovery decision as the decision body's secretary writes them, in "Kirjaa takaisinperintäpäätös"
 * and again in "Kirjaa päätös oikaisuvaatimukseen"; a missing or unreadable value is null.
 */
record RecoveryTerms(BigDecimal amount, LocalDate dueOn, String reasoning, String reference, LocalDate decidedOn) {

    static final String AMOUNT = "recoveryAmount";
    static final String DUE_ON = "recoveryDueOn";
    static final String REASONING = "recoveryReasoning";
    static final String REFERENCE = "recoveryReference";
    static final String DECIDED_ON = "recoveryDecidedOn";
    static final List<String> FIELD_KEYS = List.of(AMOUNT, DUE_ON, REASONING, REFERENCE, DECIDED_ON);

    static RecoveryTerms parse(Map<String, Object> submitted) {
        return new RecoveryTerms(FormValues.amount(submitted.get(AMOUNT)), FormValues.date(submitted.get(DUE_ON)),
                FormValues.text(submitted.get(REASONING)), FormValues.text(submitted.get(REFERENCE)),
                FormValues.date(submitted.get(DECIDED_ON)));
    }
}
