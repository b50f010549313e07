package fi.hva.grants.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.springframework.stereotype.Component;

/**
 * Closes two ways in which a user with read permissions only, such as a manager, could still write: notes on tasks
 * and process instances ({@link CheckedTaskNotes}, installed by {@link QueryExpressionGuard} as the one task service) and her own profile and password ({@link ReadOnlyManagerProfiles}).
 */
@Component
public class ReadOnlyWrites extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var provider = configuration.getResourceAuthorizationProvider();
        if (provider != null && provider.getClass() != DefaultAuthorizationProvider.class) {
            throw new IllegalStateException("Another resource authorization provider is configured (" + provider.getClass().getName()
                    + "); it would have to keep the managers' own user read-only (" + ReadOnlyManagerProfiles.class.getName() + ")");
        }
        configuration.setResourceAuthorizationProvider(new ReadOnlyManagerProfiles());
    }
}
