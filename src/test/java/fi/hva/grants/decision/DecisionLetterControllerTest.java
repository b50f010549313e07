package fi.hva.grants.decision;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Now;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Officers open letters from their task forms in the Tasklist session while a task of the application is their
 * group's; managers always, also once the case has ended; nobody else.
 */
@ProcessTest
class DecisionLetterControllerTest {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionLetterRepository letters;

    DecisionLetter letter;
    String instanceId;

    /** A letter of an application in the mental health area's review. */
    @BeforeEach
    void letterOfARegisteredApplication() {
        GrantCall call = fixtures.openCall();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        instanceId = instance.getId();
        fixtures.executeDueJobsOf(instanceId);
        String number = instance.getBusinessKey();
        Long applicationId = applications.findByApplicationNumber(number).orElseThrow().getId();
        letter = letters.save(new DecisionLetter(applicationId, LetterKind.DECISION, "paatos-" + number + ".pdf",
                new byte[] {'%', 'P', 'D', 'F'}, Now.instant()));
    }

    @Test
    void officerLoggedInToTasklistGetsThePdf() throws Exception {
        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("maija", Groups.AREA_MENTAL_HEALTH)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + letter.getFileName() + "\""))
                .andExpect(content().bytes(letter.getContent()));
    }

    @Test
    void withoutTasklistLoginOrOfficerGroupNothingIsShown() throws Exception {
        mvc.perform(get("/letters/" + letter.getId())).andExpect(status().isUnauthorized());
        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("applicant", "applicants")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void otherGroupsDoNotFindTheLetterButManagersDo() throws Exception {
        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("liisa", Groups.LIAISON_OFFICERS)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("sanna", Groups.BOARD_SECRETARIES)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("johanna", Groups.MANAGERS)))
                .andExpect(status().isOk());
    }

    @Test
    void lettersOfAnEndedCaseAreForManagersOnly() throws Exception {
        runtimeService.deleteProcessInstance(instanceId, "the case has ended", true);

        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("johanna", Groups.MANAGERS)))
                .andExpect(status().isOk());
        mvc.perform(get("/letters/" + letter.getId()).session(TasklistSessions.of("maija", Groups.AREA_MENTAL_HEALTH)))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownLetterIsNotFound() throws Exception {
        mvc.perform(get("/letters/999999").session(TasklistSessions.of("liisa", Groups.LIAISON_OFFICERS))).andExpect(status().isNotFound());
    }
}
