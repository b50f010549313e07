package fi.hva.grants.grant;

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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Officers open attachments from their task forms in the Tasklist session; nobody else does. */
@ProcessTest
@AutoConfigureMockMvc
class AttachmentControllerTest {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired GrantApplicationRepository applications;
    @Autowired Attachments attachments;

    GrantApplication application;
    ApplicationAttachment attachment;

    @BeforeEach
    void attachmentOfAnApplication() {
        GrantCall call = fixtures.openCall();
        String number = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode())).getBusinessKey();
        application = applications.findByApplicationNumber(number).orElseThrow();
        attachment = attachments.add(application, "BUDGET", "Talousarvio <2027>.pdf", TestFiles.pdf());
    }

    @Test
    void officerOpensTheListAndTheFile() throws Exception {
        mvc.perform(get("/applications/" + application.getId() + "/attachments").session(sessionOf("maija", Groups.AREA_MENTAL_HEALTH)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<a href=\"/attachments/" + attachment.getId() + "\">Talousarvio &lt;2027&gt;.pdf</a>")));
        mvc.perform(get("/attachments/" + attachment.getId()).session(sessionOf("liisa", Groups.LIAISON_OFFICERS)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(TestFiles.pdf()));
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
