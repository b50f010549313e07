package fi.hva.grants.security.sso;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine's identity with single sign-on: read-only, so neither Camunda Admin nor /engine-rest creates, changes or
 * deletes users, groups or memberships (the engine refuses, REST answers 403). Groups are the application's fixed
 * groups with their Finnish names; users and memberships are the officers recorded at login ({@link OfficerDirectory}).
 * Nobody has a password here: the provider checks it.
 */
class TokenIdentityProvider implements ReadOnlyIdentityProvider {

    private final OfficerDirectory directory;
    private final Map<String, String> groupNames;

    TokenIdentityProvider(OfficerDirectory directory, Map<String, String> groupNames) {
        this.directory = directory;
        this.groupNames = groupNames;
    }

    @Override
    public User findUserById(String userId) {
        return createUserQuery(Context.getCommandContext()).userId(userId).singleResult();
    }

    @Override
    public UserQuery createUserQuery() {
        return new OfficerUserQuery(commandExecutor(), directory);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new OfficerUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: officers come from the single sign-on");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new OfficerGroupQuery(commandExecutor(), directory, groupNames);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new OfficerGroupQuery(directory, groupNames);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants(commandExecutor());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants(null);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private static CommandExecutor commandExecutor() {
        return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
    }

    /** The application uses no tenants. */
    private static final class NoTenants extends TenantQueryImpl {

        NoTenants(CommandExecutor commandExecutor) {
            super(commandExecutor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }

    record Factory(OfficerDirectory directory, Map<String, String> groupNames) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new TokenIdentityProvider(directory, groupNames);
        }
    }
}
