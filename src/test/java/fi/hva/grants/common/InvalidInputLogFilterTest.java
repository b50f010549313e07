package fi.hva.grants.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
class InvalidInputLogFilterTest {

    @Autowired InvalidInputLogFilter filter;
    @Autowired ProcessFixtures fixtures;

    @Test
    void anInvalidApplicationIsRefusedWithoutAnErrorInTheLog(CapturedOutput output) {
        GrantCall call = fixtures.openCall();
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("iban", "FI00 1234");

        assertThatThrownBy(() -> fixtures.startApplication(form)).isInstanceOf(InvalidInputException.class);

        assertThat(output).doesNotContain("ENGINE-16004").doesNotContain("FI00 1234 ei ole kelvollinen");
    }

    @Test
    void onlyTheEnginesErrorsAboutInvalidInputAreDropped() {
        Logger engine = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(InvalidInputLogFilter.ENGINE_CONTEXT_LOGGER);
        Logger other = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("fi.hva.grants");
        InvalidInputException input = new InvalidInputException(List.of("Anna summa."));

        assertThat(decide(engine, Level.ERROR, input)).isEqualTo(FilterReply.DENY);
        assertThat(decide(engine, Level.ERROR, new IllegalStateException("wrapped", input))).isEqualTo(FilterReply.DENY);
        assertThat(decide(engine, Level.ERROR, new IllegalStateException("Lähellä.fi ei vastaa"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(engine, Level.DEBUG, input)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(other, Level.ERROR, input)).isEqualTo(FilterReply.NEUTRAL);
    }

    /** As Camunda's loggers call SLF4J: the exception is the last parameter of the message. */
    private FilterReply decide(Logger logger, Level level, Throwable thrown) {
        return filter.decide(null, logger, level, "ENGINE-16004 Exception while closing command context: {}",
                new Object[] {thrown.getMessage(), thrown}, null);
    }
}
