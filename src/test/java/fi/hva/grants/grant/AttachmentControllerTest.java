package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.security.Groups;
import java.util.List;
import java.util.Set;
import fi.hva.grants.lahella.ListingReason;
import fi.hva.grants.lahella.ListingResult;
import fi.hva.grants.process.ScriptedListingCheck;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Officers open attachments from their task forms in the Tasklist session while the application's task is their
 * group's; managers always; nobody else (404 for another group, as for an id that does not exist).
 */
@ProcessTest
class AttachmentControllerTest {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired GrantApplicationRepository applications;
    @Autowired Attachments attachments;

    GrantApplication application;
    ApplicationAttachment attachment;

    String instanceId;

    /** An application whose listing the liaison officer checks by hand: the liaison officers' task first. */
    @BeforeEach
    void attachmentOfAnApplication() {
        ScriptedListingCheck.answer(ListingResult.undecided(ListingReason.SEVERAL_MATCHES));
        GrantCall call = fixtures.openCall();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        instanceId = instance.getId();
        fixtures.executeDueJobsOf(instanceId);
        application = applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow();
        attachment = attachments.add(application, AttachmentKind.BUDGET, "Talousarvio <2027>.pdf", TestFiles.pdf());
    }

    @Test
    void officerOpensTheListAndTheFile() throws Exception {
        mvc.perform(get("/attachments/" + attachment.getId()).session(sessionOf("liisa", Groups.LIAISON_OFFICERS)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(TestFiles.pdf()));
        checkListingByHand();
        mvc.perform(get("/applications/" + application.getId() + "/attachments").session(sessionOf("maija", Groups.AREA_MENTAL_HEALTH)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<a href=\"/attachments/" + attachment.getId() + "\">Talousarvio &lt;2027&gt;.pdf</a>")));
    }

    @Test
    void accessFollowsTheTaskFromGroupToGroup() throws Exception {
        assertOpens("liisa", Groups.LIAISON_OFFICERS, true);
        assertOpens("maija", Groups.AREA_MENTAL_HEALTH, false);
        assertOpens("tapio", Groups.FINANCE, false);
        assertOpens("johanna", Groups.MANAGERS, true);

        checkListingByHand();

        assertOpens("maija", Groups.AREA_MENTAL_HEALTH, true);
        assertOpens("liisa", Groups.LIAISON_OFFICERS, false);
        assertOpens("eero", Groups.AREA_ELDERLY, false);
        assertOpens("johanna", Groups.MANAGERS, true);
    }

    @Test
    void managersStillOpenTheFilesOfAnEndedCaseAndOfficersNoLonger() throws Exception {
        checkListingByHand();
        runtimeService.deleteProcessInstance(instanceId, "the case has ended", true);

        assertOpens("johanna", Groups.MANAGERS, true);
        assertOpens("maija", Groups.AREA_MENTAL_HEALTH, false);
        assertOpens("liisa", Groups.LIAISON_OFFICERS, false);
    }

    private void checkListingByHand() {
        fixtures.complete(fixtures.task(instanceId), "liisa", Map.of("listingResult", "LISTED", "listingUrl", "https://www.lahella.fi/yhdistys/42"));
        fixtures.executeDueJobs();
        assertThat(taskService.getIdentityLinksForTask(fixtures.task(instanceId).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly(Groups.AREA_MENTAL_HEALTH);
    }

    private void assertOpens(String user, String group, boolean opens) throws Exception {
        int expected = opens ? 200 : 404;
        mvc.perform(get("/applications/" + application.getId() + "/attachments").session(sessionOf(user, group)))
                .andExpect(status().is(expected));
        mvc.perform(get("/attachments/" + attachment.getId()).session(sessionOf(user, group)))
                .andExpect(status().is(expected));
    }

    @Test
    void withoutTasklistLoginOrOfficerGroupNothingIsShown() throws Exception {
        mvc.perform(get("/attachments/" + attachment.getId())).andExpect(status().isUnauthorized());
        mvc.perform(get("/applications/" + application.getId() + "/attachments")).andExpect(status().isUnauthorized());
        mvc.perform(get("/attachments/" + attachment.getId()).session(sessionOf("applicant", "applicants")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/attachments/999999").session(sessionOf("liisa", Groups.LIAISON_OFFICERS))).andExpect(status().isNotFound());
    }

    private static MockHttpSession sessionOf(String user, String group) {
        MockHttpSession session = new MockHttpSession();
        Authentications authentications = new Authentications();
        UserAuthentication authentication = new UserAuthentication(user, "default");
        authentication.setGroupIds(List.of(group));
        authentication.setAuthorizedApps(Set.of("tasklist"));
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
        return session;
    }
}
