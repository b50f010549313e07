package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@DemoSecurityTest
class RestApiSecurityIT {

    @LocalServerPort
    int port;

    EngineRest rest;

    @BeforeEach
    void setUp() {
        rest = new EngineRest(port);
    }

    @Test
    void restApiRejectsCallsWithoutCredentials() {
        assertThat(rest.get("/task", null).statusCode()).isEqualTo(401);
    }

    @Test
    void restApiRejectsUnknownUser() {
        assertThat(rest.getWithUnknownUser("/task").statusCode()).isEqualTo(401);
    }

    @Test
    void restApiAcceptsDemoUser() {
        assertThat(rest.get("/task", "liisa").statusCode()).isEqualTo(200);
    }
}
