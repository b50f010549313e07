package fi.hva.grants.security;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.Validator;

/**
 * Applies one of the engine's query validators to every or-query of a task query. The engine runs its
 * validators on the top-level query only and then evaluates the or-queries' expressions unchecked
 * (CVE-2026-109432, Camunda 7.24.0–7.24.13 CE).
 */
final class OrQueryValidator implements Validator<AbstractQuery<?, ?>> {

    private final Validator<AbstractQuery<?, ?>> rule;

    OrQueryValidator(Validator<AbstractQuery<?, ?>> rule) {
        this.rule = rule;
    }

    @Override
    public void validate(AbstractQuery<?, ?> query) {
        if (query instanceof TaskQueryImpl taskQuery) {
            for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
                if (orQuery != taskQuery) {
                    rule.validate(orQuery);
                }
            }
        }
    }

    /** Whether the query or any of its or-queries holds an expression. */
    static boolean hasExpressions(AbstractQuery<?, ?> query) {
        if (!query.getExpressions().isEmpty()) {
            return true;
        }
        return query instanceof TaskQueryImpl taskQuery
                && taskQuery.getQueries().stream().anyMatch(orQuery -> !orQuery.getExpressions().isEmpty());
    }
}
