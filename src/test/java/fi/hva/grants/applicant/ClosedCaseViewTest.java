package fi.hva.grants.applicant;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A case with nothing left to do says so in the API: status CLOSED and the day it closed (issue 16). */
@ProcessTest
class ClosedCaseViewTest {

    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired GrantApplicationRepository applications;
    @Autowired ApplicantCases cases;
    @Autowired TransactionTemplate transactions;

    @Test
    void aClosedCaseIsClosedInTheApiAndAnOpenOneIsNot() {
        GrantCall call = fixtures.openCall();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, ProcessFixtures.application(call.getCode()));
        GrantApplication open = applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow();

        ApplicationView before = cases.summary(open);
        Assertions.assertThat(before.status()).isNotEqualTo(ApplicantCases.CLOSED);
        Assertions.assertThat(before.closedOn()).isNull();

        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        transactions.executeWithoutResult(status -> applications.findById(open.getId()).orElseThrow().close(today));

        ApplicationView closed = cases.summary(open);
        Assertions.assertThat(closed.status()).isEqualTo("CLOSED");
        Assertions.assertThat(closed.closedOn()).isEqualTo(today);
        Assertions.assertThat(closed.statusText()).isEqualTo("päättynyt");
    }
}
