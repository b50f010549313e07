package fi.hva.grants.applicant;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Calls the applicant API in the test's application context, as the association's browser would, through its upload gate. */
final class ApplicantApi {

    private static final Pattern LINK_TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final SentMailRepository mails;

    ApplicantApi(WebApplicationContext context, ObjectMapper json, SentMailRepository mails) {
        UploadGate uploadGate = (UploadGate) context.getBean("uploadGate", FilterRegistrationBean.class).getFilter();
        this.mvc = MockMvcBuilders.webAppContextSetup(context).addFilter(uploadGate, "/api/applicant/*").build();
        this.json = json;
        this.mails = mails;
    }

    MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsByteArray());
    }

    String toJson(Object value) throws Exception {
        return json.writeValueAsString(value);
    }

    MockHttpServletResponse requestLink(String businessId, String email) throws Exception {
        return perform(post("/api/applicant/sign-in").contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("businessId", businessId, "email", email))));
    }

    /** The token of the newest sign-in link mailed to the address. */
    String mailedToken(String email) {
        SentMail mail = mails.findAll().stream().filter(m -> m.getRecipient().equals(email))
                .max(Comparator.comparing(SentMail::getId)).orElseThrow();
        Matcher matcher = LINK_TOKEN.matcher(mail.getBody());
        if (!matcher.find()) {
            throw new AssertionError("No sign-in link in " + mail.getBody());
        }
        return matcher.group(1);
    }

    MockHttpServletResponse exchange(String token) throws Exception {
        return perform(post("/api/applicant/sessions").contentType(MediaType.APPLICATION_JSON).content(toJson(Map.of("token", token))));
    }

    /** Signs in through the mailed link and returns the Authorization header value. */
    String signIn(String businessId, String email) throws Exception {
        requestLink(businessId, email);
        return "Bearer " + body(exchange(mailedToken(email))).get("token").asText();
    }

    MockHttpServletResponse submit(String bearer, String idempotencyKey, Object application) throws Exception {
        var request = post("/api/applicant/applications").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(application instanceof String text ? text : toJson(application));
        if (idempotencyKey != null) {
            request.header(ApplicantApplicationController.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return perform(request);
    }

    MockHttpServletResponse read(String bearer, String path) throws Exception {
        return perform(get("/api/applicant" + path).header(HttpHeaders.AUTHORIZATION, bearer));
    }

    MockHttpServletResponse reply(String bearer, String number, String action, Object body) throws Exception {
        var request = post("/api/applicant/applications/" + number + "/" + action).header(HttpHeaders.AUTHORIZATION, bearer);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
        }
        return perform(request);
    }
}
