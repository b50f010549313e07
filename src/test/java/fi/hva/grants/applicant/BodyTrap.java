package fi.hva.grants.applicant;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A multipart upload whose body must not be read: reading it in any way (the stream, the parts, the parameters
 * that a multipart parser would fill) fails the test. Shows that a request is refused before its body is parsed.
 */
final class BodyTrap extends MockHttpServletRequest {

    private BodyTrap(MockHttpServletRequest built) {
        super(built.getServletContext(), built.getMethod(), built.getRequestURI());
        setContextPath(built.getContextPath());
        setServletPath(built.getServletPath());
        setPathInfo(built.getPathInfo());
        setContentType("multipart/form-data; boundary=ansa");
        setContent(new byte[13 * 1024 * 1024]);
    }

    /** The request as built, with the given Authorization header (none for null) and a 13 MB body that is never to be read. */
    static RequestPostProcessor authorized(String authorization) {
        return built -> {
            BodyTrap trap = new BodyTrap(built);
            if (authorization != null) {
                trap.addHeader(HttpHeaders.AUTHORIZATION, authorization);
            }
            return trap;
        };
    }

    private static AssertionError read() {
        return new AssertionError("The body of the request was read");
    }

    @Override
    public ServletInputStream getInputStream() {
        throw read();
    }

    @Override
    public BufferedReader getReader() {
        throw read();
    }

    @Override
    public Collection<Part> getParts() {
        throw read();
    }

    @Override
    public Part getPart(String name) {
        throw read();
    }

    @Override
    public String getParameter(String name) {
        throw read();
    }

    @Override
    public String[] getParameterValues(String name) {
        throw read();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        throw read();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        throw read();
    }
}
