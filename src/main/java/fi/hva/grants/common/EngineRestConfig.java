package fi.hva.grants.common;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API, with our input errors answered as client errors and server errors without their details. */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final Messages messages;

    EngineRestConfig(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void registerAdditionalResources() {
        register(InvalidInputExceptionMapper.class);
        register(new GenericServerErrors(messages));
    }
}
