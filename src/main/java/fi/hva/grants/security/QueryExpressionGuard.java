package fi.hva.grants.security;

import fi.hva.grants.common.Messages;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24.0 CE evaluates the expressions of a task query's or-queries although it forbids expressions in
 * ad-hoc queries (CVE-2026-109432; fixed only in the enterprise patches from 7.24.14): any logged-in user could
 * run code on the server through the task list or count, a filter's list or count, or a filter saved with such an
 * or-query. The engine has no list of query validators to add to, so this plugin replaces the two places every
 * such query passes: the task service that creates ad-hoc task queries, and the manager that saves filters.
 */
@Component
class QueryExpressionGuard extends AbstractProcessEnginePlugin {

    private final Messages messages;

    QueryExpressionGuard(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Replacing a task service or filter manager someone else customised would silently drop their change.
        if (configuration.getTaskService().getClass() != TaskServiceImpl.class) {
            throw new IllegalStateException("The task service is already customised: "
                    + configuration.getTaskService().getClass().getName());
        }
        // One task service for both: the or-query guard and the read-only notes (ReadOnlyWrites), which another
        // plugin replacing the service after this one would have silently dropped.
        configuration.setTaskService(new CheckedTaskNotes());

        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        if (factories.stream().anyMatch(factory -> factory.getSessionType() == FilterManager.class)) {
            throw new IllegalStateException("The filter manager is already customised");
        }
        factories.add(new StoredQueryExpressionsFilterManager.Factory(messages.get("security.filter.expressions-admin-only")));
        configuration.setCustomSessionFactories(factories);
    }
}
