package fi.hva.grants.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * An input error that the engine wrapped is answered as the user's error. The engine wraps whatever a
 * task listener throws into a plain ProcessEngineException (ENGINE-03051), so a refusal such as "this
 * user declared disqualification" on claim or set-assignee reached the REST APIs as a server error (500
 * and a stack trace at WARN). Rethrown as Camunda's {@link BadUserRequestException} with the Finnish
 * message, every Camunda REST API (/engine-rest and the copy under /camunda/api/engine that Tasklist
 * calls) answers 400 and logs it at DEBUG. {@link InvalidInputException} itself stays no engine
 * exception: the REST resources that start instances and complete tasks turn any engine exception into
 * a 500, and it reaches them unwrapped from the service tasks. The interceptor sits first in the chain,
 * outside the transaction, so it sees the exception after the rollback and changes nothing else.
 */
@Component
class InvalidInputAsBadRequest extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Interceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (BadUserRequestException e) {
                // Already the user's error, possibly converted here for a nested command.
                throw e;
            } catch (ProcessEngineException e) {
                InvalidInputException input = invalidInputIn(e);
                if (input == null) {
                    throw e;
                }
                throw new BadUserRequestException(input.getMessage(), input);
            }
        }

        private static InvalidInputException invalidInputIn(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException input) {
                    return input;
                }
            }
            return null;
        }
    }
}
