package fi.hva.grants.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps input errors out of the error log. The engine logs every exception that leaves a command as
 * ENGINE-16004 at ERROR with its stack trace, also a Finnish "the IBAN is not valid" that the officer or the
 * applicant has already been shown; operators watching for ERROR would be paged for typing mistakes. Only
 * that logger and only {@link InvalidInputException} are silenced; a failing job still logs and makes an incident.
 */
@Component
class InvalidInputLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @PostConstruct
    void register() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @PreDestroy
    void unregister() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable logged = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        return isInvalidInput(logged) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isInvalidInput(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException) {
                return true;
            }
        }
        return false;
    }
}
