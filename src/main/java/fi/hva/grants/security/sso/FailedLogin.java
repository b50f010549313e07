package fi.hva.grants.security.sso;

import fi.hva.grants.common.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * A login the provider or the application refused (an old or forged answer, a token that does not validate): the
 * officer reads in Finnish that it failed and can start again; the reason is only in the log.
 */
class FailedLogin implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(FailedLogin.class);

    private final Messages messages;

    FailedLogin(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.info("Officer login failed: {}", exception.getMessage());
        String title = HtmlUtils.htmlEscape(messages.get("security.login.failed.title"));
        String html = "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1><p>" + HtmlUtils.htmlEscape(messages.get("security.login.failed.text")) + "</p><p><a href=\""
                + CamundaLogout.WEBAPPS + "\">" + HtmlUtils.htmlEscape(messages.get("security.login.failed.again")) + "</a></p></body></html>";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
