package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipDriver.initiative;
import static fi.hva.grants.partnership.PartnershipDriver.today;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partnership manager opens the draft agreement from the task form, and managers; the board secretary while the
 * decision body's approval is hers to record; other officers do not find it.
 */
@ProcessTest
class PartnershipDocumentControllerTest {

    @Autowired MockMvc mvc;
    @Autowired PartnershipDriver driver;
    @Autowired ProcessFixtures fixtures;

    @Test
    void partnershipManagerGetsTheDraftAndOthersDoNot() throws Exception {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));
        driver.assessAllCriteriaMet(negotiation);
        driver.negotiate(negotiation, "AGREED");
        driver.fundingDecided(negotiation.getBusinessKey(), "GRANTED");
        Partnership drafted = driver.partnership(negotiation.getBusinessKey());
        String url = "/partnerships/" + drafted.getId() + "/agreement-draft.pdf";

        mvc.perform(get(url).session(TasklistSessions.of("kaisa", Groups.PARTNERSHIP_MANAGERS)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(content().bytes(drafted.getDraftPdf()));
        mvc.perform(get(url).session(TasklistSessions.of("johanna", Groups.MANAGERS))).andExpect(status().isOk());
        mvc.perform(get(url).session(TasklistSessions.of("liisa", Groups.LIAISON_OFFICERS))).andExpect(status().isNotFound());
        mvc.perform(get(url).session(TasklistSessions.of("tapio", Groups.FINANCE))).andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        mvc.perform(get("/partnerships/999999/agreement-draft.pdf").session(TasklistSessions.of("kaisa", Groups.PARTNERSHIP_MANAGERS)))
                .andExpect(status().isNotFound());
    }

    @Test
    void secretaryOpensTheDraftWhileTheDecisionBodysApprovalIsHersToRecord() throws Exception {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));
        driver.assessAllCriteriaMet(negotiation);
        driver.negotiate(negotiation, "AGREED");
        driver.fundingDecided(negotiation.getBusinessKey(), "GRANTED");
        Partnership drafted = driver.partnership(negotiation.getBusinessKey());
        String url = "/partnerships/" + drafted.getId() + "/agreement-draft.pdf";
        mvc.perform(get(url).session(TasklistSessions.of("sanna", Groups.BOARD_SECRETARIES))).andExpect(status().isNotFound());

        fixtures.complete(driver.task(negotiation), PartnershipDriver.MANAGER, Map.of("draftOutcome", "APPROVED"));

        Assertions.assertThat(driver.summary(driver.task(negotiation))).contains(url);
        mvc.perform(get(url).session(TasklistSessions.of("sanna", Groups.BOARD_SECRETARIES)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(drafted.getDraftPdf()));
    }
}
