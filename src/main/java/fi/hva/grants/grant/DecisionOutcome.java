package fi.hva.grants.grant;

import java.math.BigDecimal;

public enum DecisionOutcome {
    GRANTED,
    PARTLY_GRANTED,
    DECLINED,
    NOT_EXAMINED;

    public static DecisionOutcome of(boolean late, BigDecimal requested, BigDecimal decided) {
        if (late) {
            return NOT_EXAMINED;
        }
        if (decided == null || decided.signum() == 0) {
            return DECLINED;
        }
        return decided.compareTo(requested) >= 0 ? GRANTED : PARTLY_GRANTED;
    }

    public boolean isGranted() {
        return this == GRANTED || this == PARTLY_GRANTED;
    }
}
