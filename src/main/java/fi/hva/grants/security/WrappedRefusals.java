package fi.hva.grants.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Camunda's REST resources for adding a comment or an attachment wrap every engine error, a refused authorization
 * included, in "400 Not enough parameters submitted". A refusal is answered 403 with the engine's message, as every
 * other refusal of /engine-rest is; any other wrapped error is answered as Camunda answers it.
 */
public class WrappedRefusals implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException exception) {
        Throwable answered = exception.getCause() instanceof AuthorizationException refusal ? refusal : exception;
        return ExceptionHandlerHelper.getInstance().getResponse(answered);
    }
}
