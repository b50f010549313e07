package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DemoSecurityTest
class IdentityBootstrapIT {

    @Autowired
    IdentityBootstrap identityBootstrap;

    @Autowired
    TaskFilters taskFilters;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @BeforeEach
    void runAsEngine() {
        identityService.clearAuthentication();
    }

    @Test
    void createsGroupsWithFinnishNames() {
        Group elderly = identityService.createGroupQuery().groupId(Groups.AREA_ELDERLY).singleResult();
        assertThat(elderly.getName()).isEqualTo("Ikääntyneiden palvelujen järjestöyhdyshenkilöt");
        assertThat(elderly.getType()).isEqualTo("WORKFLOW");
        Group admins = identityService.createGroupQuery().groupId(Groups.ADMINS).singleResult();
        assertThat(admins.getType()).isEqualTo("SYSTEM");
        assertThat(admins.getName()).isEqualTo("Pääkäyttäjät");
        assertThat(identityService.createGroupQuery().groupId(Groups.MANAGERS).count()).isEqualTo(1);
    }

    @Test
    void secondRunCreatesNothingNew() {
        long groups = identityService.createGroupQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        identityBootstrap.run();

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        for (TaskFilterDefinition definition : taskFilters.definitions()) {
            assertThat(filterService.createFilterQuery().filterName(definition.name()).count())
                    .as(definition.name()).isEqualTo(1);
        }
    }

    @Test
    void aManagerMayOnlyReadHerOwnUserAlsoWhenSheJoinedBeforeThatRule() {
        assertThat(ownUser("johanna").isPermissionGranted(Permissions.UPDATE)).as("joining the managers made it read-only").isFalse();
        Authorization asBefore = ownUser("johanna");
        asBefore.setPermissions(new Permission[] {Permissions.ALL});
        authorizationService.saveAuthorization(asBefore);

        identityBootstrap.run();

        Authorization own = ownUser("johanna");
        assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(own.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
        assertThat(ownUser("eero").isPermissionGranted(Permissions.UPDATE)).as("an officer keeps Camunda's default").isTrue();
    }

    private Authorization ownUser(String userId) {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(userId).resourceType(Resources.USER).resourceId(userId).singleResult();
    }

    @Test
    void eachGroupFilterIsReadableOnlyByItsGroup() {
        Filter elderlyFilter = filterService.createFilterQuery()
                .filterName("Ikääntyneiden palvelujen järjestöyhdyshenkilöt: tehtävät").singleResult();
        assertThat(authorizationService.createAuthorizationQuery()
                .resourceType(Resources.FILTER).resourceId(elderlyFilter.getId()).list())
                .extracting(authorization -> authorization.getGroupId())
                .containsExactly(Groups.AREA_ELDERLY);
    }

    @Test
    void sharedFiltersAreReadableByEveryTaskWorkerGroup() {
        Filter mine = filterService.createFilterQuery().filterName("Omat tehtävät").singleResult();
        assertThat(mine.getProperties()).containsEntry("refresh", true).containsKey("description");
        assertThat(authorizationService.createAuthorizationQuery()
                .resourceType(Resources.FILTER).resourceId(mine.getId()).list())
                .extracting(authorization -> authorization.getGroupId())
                .containsExactlyInAnyOrderElementsOf(Groups.TASK_WORKERS);
    }
}
