package fi.hva.grants.report;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of the report process (grant-report.bpmn) with their types. */
final class ReportProcessVariables {

    static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);
    /** The liaison officer's check; the gateway after it compares the name (ACCEPTED, NEEDS_INFO, RECOVERY). */
    static final ProcessVariable<UseReport.Status> REPORT_CHECK = ProcessVariable.choice(Variables.REPORT_CHECK, UseReport.Status.class);
    static final ProcessVariable<Boolean> RECOVERING = ProcessVariable.flag(Variables.RECOVERING);

    private ReportProcessVariables() {
    }
}
