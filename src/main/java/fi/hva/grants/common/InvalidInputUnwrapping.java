package fi.hva.grants.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets an {@link InvalidInputException} leave the engine as itself. The engine wraps whatever a task
 * listener throws into a plain ProcessEngineException (ENGINE-03051), so a refusal such as "this user
 * declared disqualification" on claim or set-assignee reached the REST APIs as a server error (500 and a
 * stack trace at WARN) instead of the Finnish message as a 400. The interceptor sits first in the chain,
 * outside the transaction, so it sees the exception after the rollback and changes nothing else.
 */
@Component
class InvalidInputUnwrapping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Unwrapper());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Unwrapper extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                InvalidInputException input = invalidInputIn(e);
                throw input != null ? input : e;
            }
        }

        static InvalidInputException invalidInputIn(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException input) {
                    return input;
                }
            }
            return null;
        }
    }
}
