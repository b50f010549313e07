package fi.hva.grants.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.QueryValidators.StoredQueryValidator;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;

/**
 * Saves filters only when their expressions come from an administrator or from the application itself.
 * A stored query's expressions run for everybody who lists the filter, so whoever may save one may run
 * code; the engine allows expressions in stored queries and does not look into or-queries at all.
 */
class StoredQueryExpressionsFilterManager extends FilterManager {

    static final OrQueryValidator OR_QUERIES = new OrQueryValidator(StoredQueryValidator.get());

    private final String adminOnlyMessage;

    StoredQueryExpressionsFilterManager(String adminOnlyMessage) {
        this.adminOnlyMessage = adminOnlyMessage;
    }

    @Override
    public Filter insertOrUpdateFilter(Filter filter) {
        AbstractQuery<?, ?> query = filter.getQuery();
        OR_QUERIES.validate(query);
        if (OrQueryValidator.hasExpressions(query) && !savedByAdministratorOrApplication()) {
            throw new BadUserRequestException(adminOnlyMessage);
        }
        return super.insertOrUpdateFilter(filter);
    }

    /** No authentication means the application's own code, such as the bootstrap of the shipped filters. */
    private boolean savedByAdministratorOrApplication() {
        Authentication authentication = getCurrentAuthentication();
        return authentication == null || getAuthorizationManager().isCamundaAdmin(authentication);
    }

    /** Puts this manager in the place of the engine's own for every command. */
    record Factory(String adminOnlyMessage) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return FilterManager.class;
        }

        @Override
        public Session openSession() {
            return new StoredQueryExpressionsFilterManager(adminOnlyMessage);
        }
    }
}
