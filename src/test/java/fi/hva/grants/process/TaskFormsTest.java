package fi.hva.grants.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** What a task form shows is kept as plain values where the column holds them, as JSON where it does not. */
class TaskFormsTest {

    private final DelegateTask task = mock(DelegateTask.class);

    @Test
    void shortTextsAndNumbersArePlainValues() {
        TaskForms.show(task, Map.of("caseSummary", "**Hakemus** TA-2027-1", "criterion1Weight", 30));

        verify(task).setVariableLocal("caseSummary", "**Hakemus** TA-2027-1");
        verify(task).setVariableLocal("criterion1Weight", 30);
    }

    @Test
    void textsLongerThanTheColumnAndListsAreJson() {
        String proposal = "x".repeat(4001);
        TaskForms.show(task, Map.of("caseSummary", proposal));
        TaskForms.show(task, Map.of("contentAreas", List.of("CULTURAL_WELLBEING")));

        assertThat(shown("caseSummary").getValue()).isEqualTo(proposal);
        assertThat(shown("caseSummary").getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(shown("contentAreas").getValue()).isEqualTo(List.of("CULTURAL_WELLBEING"));
    }

    private ObjectValue shown(String name) {
        ArgumentCaptor<Object> value = ArgumentCaptor.forClass(Object.class);
        verify(task).setVariableLocal(eq(name), value.capture());
        return (ObjectValue) value.getValue();
    }
}
