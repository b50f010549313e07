package fi.hva.grants.payment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.common.Now;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Finance opens a batch's files while confirming it is their task; managers always; nobody else finds them. */
@ProcessTest
class PaymentBatchFileControllerTest {

    static final byte[] SEPA = "<Document/>".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired RuntimeService runtimeService;
    @Autowired PaymentBatchRepository batches;

    PaymentBatch batch;
    String instanceId;

    @BeforeEach
    void batchWaitingForConfirmation() {
        PaymentBatch files = new PaymentBatch(Now.instant(), LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        files.attachFiles(SEPA, "viite;summa".getBytes(StandardCharsets.UTF_8));
        batch = batches.save(files);
        instanceId = runtimeService.createProcessInstanceByKey(ProcessKeys.PAYMENT_BATCH_PROCESS)
                .startBeforeActivity("confirmPaymentBatch").setVariable(Variables.BATCH_ID, batch.getId()).execute().getId();
    }

    @Test
    void financeConfirmingTheBatchAndManagersOpenTheFilesOthersDoNotFindThem() throws Exception {
        mvc.perform(get(sepa()).session(TasklistSessions.of("tapio", Groups.FINANCE)))
                .andExpect(status().isOk()).andExpect(content().bytes(SEPA));
        mvc.perform(get(csv()).session(TasklistSessions.of("tapio", Groups.FINANCE))).andExpect(status().isOk());
        mvc.perform(get(sepa()).session(TasklistSessions.of("johanna", Groups.MANAGERS))).andExpect(status().isOk());
        mvc.perform(get(sepa()).session(TasklistSessions.of("liisa", Groups.LIAISON_OFFICERS))).andExpect(status().isNotFound());
        mvc.perform(get(csv()).session(TasklistSessions.of("kaisa", Groups.PARTNERSHIP_MANAGERS))).andExpect(status().isNotFound());
        mvc.perform(get(sepa())).andExpect(status().isUnauthorized());
    }

    @Test
    void onceTheBatchProcessHasEndedOnlyManagersOpenTheFiles() throws Exception {
        runtimeService.deleteProcessInstance(instanceId, "the batch has been confirmed", true);

        mvc.perform(get(sepa()).session(TasklistSessions.of("johanna", Groups.MANAGERS))).andExpect(status().isOk());
        mvc.perform(get(sepa()).session(TasklistSessions.of("tapio", Groups.FINANCE))).andExpect(status().isNotFound());
    }

    @Test
    void aBatchWithoutItsProcessIsNotFound() throws Exception {
        PaymentBatch orphan = new PaymentBatch(Now.instant(), LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        orphan.attachFiles(SEPA, SEPA);
        long orphanId = batches.save(orphan).getId();

        mvc.perform(get("/payment-batches/" + orphanId + "/pain001.xml").session(TasklistSessions.of("johanna", Groups.MANAGERS)))
                .andExpect(status().isNotFound());
    }

    private String sepa() {
        return "/payment-batches/" + batch.getId() + "/pain001.xml";
    }

    private String csv() {
        return "/payment-batches/" + batch.getId() + "/payments.csv";
    }
}
