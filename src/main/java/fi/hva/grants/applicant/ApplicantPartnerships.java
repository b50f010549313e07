package fi.hva.grants.applicant;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.partnership.Partnership;
import fi.hva.grants.partnership.PartnershipReports;
import fi.hva.grants.partnership.PartnershipYear;
import fi.hva.grants.partnership.PartnershipYearRepository;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.Variables;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's partnership agreements in the e-service, under the same rule as its applications
 * (its business id and the contact person's e-mail), and the reports it sends, received by the same
 * service as when the partnership manager records them.
 */
@Service
class ApplicantPartnerships {

    private final ApplicantPartnershipRepository partnerships;
    private final PartnershipYearRepository years;
    private final PartnershipReports reports;
    private final RuntimeService runtimeService;
    private final Messages messages;

    ApplicantPartnerships(ApplicantPartnershipRepository partnerships, PartnershipYearRepository years,
                                 PartnershipReports reports, RuntimeService runtimeService, Messages messages) {
        this.partnerships = partnerships;
        this.years = years;
        this.reports = reports;
        this.runtimeService = runtimeService;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<PartnershipView> list(Applicant applicant) {
        return partnerships.findByBusinessIdOrderByCreatedAtDesc(applicant.businessId()).stream()
                .filter(p -> applicant.follows(p.getBusinessId(), p.getContactEmail()))
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public PartnershipView read(Applicant applicant, String partnershipNumber) {
        return view(own(applicant, partnershipNumber));
    }

    /** An annual report with its year, the final report without; nothing is stored unless the agreement awaits it. */
    @Transactional
    public void report(Applicant applicant, String partnershipNumber, Integer year, String content) {
        reports.receive(own(applicant, partnershipNumber).getPartnershipNumber(), year, content, Now.instant());
    }

    /** The applicant's own partnership; any other number is "not found", whether or not it exists. */
    private Partnership own(Applicant applicant, String partnershipNumber) {
        String number = partnershipNumber == null ? "" : partnershipNumber.trim().toUpperCase(Locale.ROOT);
        return partnerships.findByPartnershipNumberAndBusinessId(number, applicant.businessId())
                .filter(p -> applicant.follows(p.getBusinessId(), p.getContactEmail()))
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipNumber));
    }

    private PartnershipView view(Partnership p) {
        return new PartnershipView(p.getPartnershipNumber(), p.getProjectName(), p.getStatus().name(),
                messages.label("partnershipGrant.status", p.getStatus().name()), p.getFirstYear(), p.getLastYear(),
                years.findByPartnershipIdOrderByAgreementYear(p.getId()).stream().map(this::year).toList(),
                p.getFinalReportReceivedAt(), awaitedReports(p));
    }

    private PartnershipView.YearView year(PartnershipYear y) {
        return new PartnershipView.YearView(y.getAgreementYear(), y.getStatus().name(),
                messages.label("partnershipGrant.yearStatus", y.getStatus().name()), y.getConfirmedAmount(),
                y.getReportReceivedAt(), y.getReportAccepted());
    }

    /**
     * Asked from the engine, not derived from the years' statuses: a confirmed year's report is awaited
     * only once its instalment is paid, the years run in parallel, and a lapsed agreement still awaits
     * its final report. The report message's subscriptions are exactly what {@link PartnershipReports#receive}
     * correlates with, so the page never offers a report that would be refused.
     */
    private List<PartnershipView.AwaitedReport> awaitedReports(Partnership p) {
        return runtimeService.createExecutionQuery()
                .processDefinitionKey(ProcessKeys.PARTNERSHIP_AGREEMENT_PROCESS)
                .processInstanceBusinessKey(p.getPartnershipNumber())
                .messageEventSubscriptionName(ProcessKeys.MESSAGE_PARTNERSHIP_REPORT_RECEIVED)
                .list().stream()
                .map(execution -> runtimeService.getVariableLocal(execution.getId(), Variables.EXPECTED_REPORT))
                .filter(Objects::nonNull).map(String::valueOf).distinct()
                .map(this::awaitedReport)
                .sorted(Comparator.comparing(PartnershipView.AwaitedReport::year, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private PartnershipView.AwaitedReport awaitedReport(String expected) {
        return PartnershipReports.FINAL.equals(expected)
                ? new PartnershipView.AwaitedReport(null, messages.get("partnershipGrant.report.final"))
                : new PartnershipView.AwaitedReport(Integer.valueOf(expected), messages.get("partnershipGrant.report.annual", expected));
    }
}
