package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.process.CountingProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without the demo profile nobody has a known password: no user exists at all. Relies on the test
 * profile giving each Spring context its own in-memory database, as the demo tests' context may live
 * in the same JVM.
 */
@CountingProcessTest
class NoDemoUsersIT {

    @Autowired
    IdentityService identityService;

    @Test
    void noUserExistsOutsideDemoProfile() {
        assertThat(identityService.createUserQuery().count()).isZero();
    }

    @Test
    void groupsAreStillCreated() {
        assertThat(identityService.createGroupQuery().groupIdIn(Groups.TASK_WORKERS.toArray(String[]::new)).count())
                .isEqualTo(Groups.TASK_WORKERS.size());
    }
}
