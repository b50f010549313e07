package fi.hva.grants.postgres;

import static fi.hva.grants.partnership.PartnershipDriver.MANAGER;
import static fi.hva.grants.partnership.PartnershipDriver.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.Now;
import fi.hva.grants.partnership.CountyBudgetRepository;
import fi.hva.grants.partnership.EndReason;
import fi.hva.grants.partnership.Partnership;
import fi.hva.grants.partnership.PartnershipDriver;
import fi.hva.grants.partnership.PartnershipReports;
import fi.hva.grants.partnership.PartnershipYear;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PaymentRepository;
import fi.hva.grants.process.ProcessFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A three-year partnership agreement on PostgreSQL: the first year confirmed with a smaller sum, the
 * second in full, the third not confirmed, so the agreement lapses and ends with its final report.
 */
@PostgresTest
class PartnershipAgreementOnPostgresIT {

    @Autowired PartnershipDriver driver;
    @Autowired ProcessFixtures fixtures;
    @Autowired PartnershipReports reports;
    @Autowired PaymentRepository payments;
    @Autowired CountyBudgetRepository budgets;

    @Test
    void threeYearAgreementWithAChangedSumAndAYearNotConfirmedLapses() {
        budgets.deleteAll();
        int year = today().getYear();
        driver.approveBudget(year);
        ProcessInstance agreement = driver.signedAgreement(year, year + 2);
        String number = agreement.getBusinessKey();

        driver.confirmYear(agreement, year, 32000);
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());
        reports.receive(number, year, "Ensimmäinen vuosi: 180 asiakasta.", Now.instant());
        fixtures.complete(driver.yearTask(agreement, year), MANAGER, Map.of("reportOutcome", "ACCEPTED"));

        driver.approveBudget(year + 1);
        driver.confirmYear(agreement, year + 1, 40000);
        fixtures.executeDueJobs();
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + (year + 1)))
                .extracting(Payment::getStatus).containsExactly(Payment.Status.SCHEDULED);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year + 1, 1, 2).atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());
        reports.receive(number, year + 1, "Toinen vuosi: 260 asiakasta.", Now.instant());
        fixtures.complete(driver.yearTask(agreement, year + 1), MANAGER, Map.of("reportOutcome", "ACCEPTED"));

        driver.approveBudget(year + 2);
        fixtures.complete(driver.yearTask(agreement, year + 2), MANAGER, Map.of("yearOutcome", "NOT_CONFIRMED",
                "confirmationNotes", "Kumppanuusavustuksiin ei osoitettu määrärahaa."));
        fixtures.executeDueJobs();
        assertThat(agreement).hasPassed("agreementLapsed", "markAgreementLapsed").isWaitingAt("awaitFinalReport");
        reports.receive(number, null, "Hanke päättyi kahden vuoden jälkeen.", Now.instant());
        fixtures.complete(driver.task(agreement), MANAGER, Map.of("reportOutcome", "ACCEPTED"));

        assertThat(agreement).isEnded();
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + year))
                .extracting(Payment::getAmount, Payment::getStatus)
                .containsExactly(Assertions.tuple(new BigDecimal("32000.00"), Payment.Status.PAID));
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + (year + 1)))
                .extracting(Payment::getAmount, Payment::getStatus)
                .containsExactly(Assertions.tuple(new BigDecimal("40000.00"), Payment.Status.PAID));
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + (year + 2))).isEmpty();
        Assertions.assertThat(driver.year(number, year).getConfirmedAmount()).isEqualByComparingTo("32000");
        Assertions.assertThat(driver.year(number, year).getStatus()).isEqualTo(PartnershipYear.Status.COMPLETED);
        Assertions.assertThat(driver.year(number, year + 1).getStatus()).isEqualTo(PartnershipYear.Status.COMPLETED);
        Assertions.assertThat(driver.year(number, year + 2).getStatus()).isEqualTo(PartnershipYear.Status.LAPSED);
        Partnership lapsed = driver.partnership(number);
        Assertions.assertThat(lapsed.getStatus()).isEqualTo(Partnership.Status.LAPSED);
        Assertions.assertThat(lapsed.getEndReason()).isEqualTo(EndReason.BUDGET_NOT_CONFIRMED);
        Assertions.assertThat(lapsed.getFinalReport()).isEqualTo("Hanke päättyi kahden vuoden jälkeen.");
    }
}
