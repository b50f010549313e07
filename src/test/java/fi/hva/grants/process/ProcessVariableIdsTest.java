package fi.hva.grants.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ProcessVariableIdsTest {

    private final ProcessVariable<List<Long>> ids = ProcessVariable.ids(Variables.DECIDED_APPLICATION_IDS);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void idsAreStoredAsOneJsonValue() {
        ids.set(execution, List.of(3L, 5L));

        ArgumentCaptor<Object> stored = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(org.mockito.ArgumentMatchers.eq(Variables.DECIDED_APPLICATION_IDS), stored.capture());
        assertThat(stored.getValue()).isInstanceOf(ObjectValue.class);
        assertThat(((ObjectValue) stored.getValue()).getSerializationDataFormat()).isEqualTo("application/json");
    }

    @Test
    void idsReadBackAsLongsWhateverNumbersTheJsonGave() {
        when(execution.getVariable(Variables.DECIDED_APPLICATION_IDS)).thenReturn(List.of(3, 5L));

        assertThat(ids.from(execution)).containsExactly(3L, 5L);
    }
}
