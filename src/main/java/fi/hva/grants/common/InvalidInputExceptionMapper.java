package fi.hva.grants.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Input a user must correct is a 400 with the Finnish message in Camunda's own error shape, not
 * the 500 that the REST API gives any exception it does not know.
 */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", InvalidInputException.class.getSimpleName(), "message", exception.getMessage(),
                        "problems", exception.problems()))
                .build();
    }
}
