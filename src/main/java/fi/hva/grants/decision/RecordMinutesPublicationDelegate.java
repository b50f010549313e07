package fi.hva.grants.decision;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa pöytäkirjan julkaisu" of minutes-publication.bpmn. Runs in the starting transaction, so a refused form
 * fails the start and nothing is recorded.
 */
@Component
class RecordMinutesPublicationDelegate implements JavaDelegate {

    static final String CALL_CODE = "minutesCallCode";
    static final String APPLICATION_NUMBER = "minutesApplicationNumber";
    static final String PUBLISHED_ON = "minutesPublishedOn";
    static final List<String> FIELD_KEYS = List.of(CALL_CODE, APPLICATION_NUMBER, PUBLISHED_ON);

    private final MinutesPublications publications;

    RecordMinutesPublicationDelegate(MinutesPublications publications) {
        this.publications = publications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> submitted = TaskForms.take(execution, FIELD_KEYS);
        publications.record(FormValues.text(submitted.get(CALL_CODE)), FormValues.text(submitted.get(APPLICATION_NUMBER)),
                FormValues.date(submitted.get(PUBLISHED_ON)));
    }
}
