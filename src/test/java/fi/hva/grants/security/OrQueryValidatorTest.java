package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's ad-hoc rule applied to each or-query, as the engine reads its settings inside a command. */
class OrQueryValidatorTest {

    final StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

    @BeforeEach
    void enterEngine() {
        Context.setProcessEngineConfiguration(configuration);
    }

    @AfterEach
    void leaveEngine() {
        Context.removeProcessEngineConfiguration();
    }

    @Test
    void expressionInAnyOrQueryIsRefusedWithTheEnginesOwnMessage() {
        TaskQueryImpl query = new TaskQueryImpl();
        query.or().taskCandidateGroup("finance").endOr()
                .or().taskName("x").dueAfterExpression("${now()}").endOr();

        assertThatThrownBy(() -> AdhocQueryExpressionsTaskService.OR_QUERIES.validate(query))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Expressions are forbidden in adhoc queries. This behavior can be toggled"
                        + " in the process engine configuration");
    }

    @Test
    void orQueriesWithoutExpressionsAndTopLevelExpressionsAreLeftToTheEngine() {
        TaskQueryImpl query = new TaskQueryImpl();
        query.taskAssigneeExpression("${currentUser()}").or().taskCandidateGroup("finance").taskAssignee("tapio").endOr();

        assertThatCode(() -> AdhocQueryExpressionsTaskService.OR_QUERIES.validate(query)).doesNotThrowAnyException();
    }

    @Test
    void followsTheEnginesSettingForAdhocExpressions() {
        configuration.setEnableExpressionsInAdhocQueries(true);
        TaskQueryImpl query = new TaskQueryImpl();
        query.or().dueAfterExpression("${now()}").endOr();

        assertThatCode(() -> AdhocQueryExpressionsTaskService.OR_QUERIES.validate(query)).doesNotThrowAnyException();
    }

    @Test
    void findsExpressionsAtTheTopAndInOrQueries() {
        assertThat(OrQueryValidator.hasExpressions(query(new TaskQueryImpl()))).isFalse();
        assertThat(OrQueryValidator.hasExpressions(query(new TaskQueryImpl().or().taskName("x").endOr()))).isFalse();
        assertThat(OrQueryValidator.hasExpressions(query(new TaskQueryImpl().dueBeforeExpression("${now()}")))).isTrue();
        assertThat(OrQueryValidator.hasExpressions(query(new TaskQueryImpl().or().dueBeforeExpression("${now()}").endOr()))).isTrue();
    }

    private static TaskQueryImpl query(TaskQuery query) {
        return (TaskQueryImpl) query;
    }
}
