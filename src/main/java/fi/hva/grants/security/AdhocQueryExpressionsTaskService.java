package fi.hva.grants.security;

import org.camunda.bpm.engine.impl.QueryValidators.AdhocQueryValidator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The engine's task service, whose ad-hoc task queries refuse expressions in their or-queries as the engine
 * refuses them at the top level. Every ad-hoc task query comes from here: the REST API's and the webapps'
 * task list and count, and the query that extends a filter when it is listed or counted (the engine validates
 * it before merging it into the filter's stored query).
 */
class AdhocQueryExpressionsTaskService extends TaskServiceImpl {

    static final OrQueryValidator OR_QUERIES = new OrQueryValidator(AdhocQueryValidator.get());

    @Override
    public TaskQuery createTaskQuery() {
        TaskQueryImpl query = (TaskQueryImpl) super.createTaskQuery();
        query.addValidator(OR_QUERIES);
        return query;
    }
}
