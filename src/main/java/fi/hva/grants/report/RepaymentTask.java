package fi.hva.grants.report;

import static fi.hva.grants.report.ReportProcessVariables.APPLICATION_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa takaisinmaksu" (form repayment) and its "Tallenna takaisinmaksu": paid, or set off against the next
 * payment; the case closes.
 */
@Component
class RepaymentTask extends UserTask<RepaymentTask.Input> {

    static final String SETTLEMENT = "settlement";

    /** The settlement is null when none was chosen. */
    record Input(Recovery.Settlement settlement) {
    }

    private final ReportSummary summary;
    private final Recoveries recoveries;

    RepaymentTask(ReportSummary summary, Recoveries recoveries) {
        super(List.of(SETTLEMENT));
        this.summary = summary;
        this.recoveries = recoveries;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        String settlement = FormValues.text(submitted.get(SETTLEMENT));
        return new Input(Arrays.stream(Recovery.Settlement.values()).filter(s -> s.name().equals(settlement)).findFirst().orElse(null));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        recoveries.settle(APPLICATION_ID.from(execution), input.settlement());
    }
}
