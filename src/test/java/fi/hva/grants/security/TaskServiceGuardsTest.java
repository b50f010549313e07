package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hva.grants.process.ProcessTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine has one task service, and both guards that replace it hold in it: the or-query expressions
 * refused (QueryExpressionIT over HTTP) and the read-only notes (ManagerReadOnlyIT). Two plugins each
 * installing their own once left the last one's only, and the or-query expressions ran again.
 */
@ProcessTest
class TaskServiceGuardsTest {

    @Autowired
    TaskService taskService;

    @Test
    void theTaskServiceChecksNotesAndRefusesOrQueryExpressions() {
        assertThat(taskService).isInstanceOf(CheckedTaskNotes.class);
        assertThatThrownBy(() -> taskService.createTaskQuery().or().dueAfterExpression("${now()}").endOr().list())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Expressions are forbidden in adhoc queries");
    }
}
