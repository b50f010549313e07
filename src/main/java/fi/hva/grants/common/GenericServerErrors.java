package fi.hva.grants.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * A server error of the REST API says only that it happened. Camunda's own answer names the exception class and
 * repeats its message, which can carry an expression, a SQL fragment or a class name an attacker learns from; the
 * engine has already logged all of it for the operators.
 */
class GenericServerErrors implements ContainerResponseFilter {

    static final String TYPE = "ServerError";

    private final String message;

    GenericServerErrors(Messages messages) {
        this.message = messages.get("rest.server-error");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 500 && response.hasEntity()) {
            response.setEntity(Map.of("type", TYPE, "message", message), response.getEntityAnnotations(),
                    MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
