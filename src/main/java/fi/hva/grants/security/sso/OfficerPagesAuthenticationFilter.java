package fi.hva.grants.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based login on our own officer pages (managers' pages, letters, files): an officer who opens a
 * link before any webapp page gets the same webapp session login that {@code OfficerSession} reads. Camunda's filter
 * finds the engine in webapp addresses only; here it is the application's one engine.
 */
class OfficerPagesAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    private final String engineName;

    OfficerPagesAuthenticationFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected String extractEngineName(HttpServletRequest request) {
        return engineName;
    }
}
