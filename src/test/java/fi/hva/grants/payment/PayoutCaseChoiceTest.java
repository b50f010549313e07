package fi.hva.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.hva.grants.process.Variables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The payout's case is an explicit, typed choice: its kind names the one source that plans it. */
class PayoutCaseChoiceTest {

    @Test
    void anApplicationIsAnOperatingGrantAndAPartnershipYearAPartnershipGrant() {
        assertThat(PayoutProcessVariables.payoutCase(scope(Map.of(Variables.APPLICATION_ID, 42))))
                .isEqualTo(new PayoutCaseId(PaymentPurpose.OPERATING_GRANT, 42L));
        assertThat(PayoutProcessVariables.payoutCase(scope(Map.of(Variables.PARTNERSHIP_YEAR_ID, 7L))))
                .isEqualTo(new PayoutCaseId(PaymentPurpose.PARTNERSHIP_GRANT, 7L));
    }

    @Test
    void aPayoutThatNamesBothCasesOrNoneIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> PayoutProcessVariables.payoutCase(scope(Map.of(Variables.APPLICATION_ID, 42L,
                Variables.PARTNERSHIP_YEAR_ID, 7L)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PayoutProcessVariables.payoutCase(scope(Map.of()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void schedulingAsksTheSourceOfTheCasesKindWhateverTheOrderOfTheSources() {
        PaymentRepository repository = mock(PaymentRepository.class);
        List<Payment> saved = new ArrayList<>();
        when(repository.save(any(Payment.class))).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });
        Payments payments = new Payments(repository, List.of(source(PaymentPurpose.OPERATING_GRANT, "TA-2027-0001"),
                source(PaymentPurpose.PARTNERSHIP_GRANT, "KU-2027-0001/2028")));

        payments.schedule(new PayoutCaseId(PaymentPurpose.PARTNERSHIP_GRANT, 7L));

        assertThat(saved).extracting(Payment::getCaseNumber).containsExactly("KU-2027-0001/2028");
    }

    private static VariableScope scope(Map<String, Object> variables) {
        VariableScope scope = mock(VariableScope.class);
        variables.forEach((name, value) -> when(scope.getVariable(name)).thenReturn(value));
        return scope;
    }

    private static PayoutSource source(PaymentPurpose purpose, String caseNumber) {
        return new PayoutSource() {
            @Override
            public PaymentPurpose purpose() {
                return purpose;
            }

            @Override
            public PayoutPlan plan(long caseId) {
                return new PayoutPlan(new PayoutCase(caseNumber, "Yhdistys ry", "FI2112345600000785", purpose, null, caseId),
                        new BigDecimal("1000.00"), 1, LocalDate.of(2028, 1, 1));
            }

            @Override
            public boolean owns(Payment payment) {
                return payment.getCaseNumber().equals(caseNumber);
            }

            @Override
            public String summary(Payment payment) {
                return caseNumber;
            }
        };
    }
}
