package fi.hva.grants.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.followup.FollowUpFixture;
import fi.hva.grants.followup.FollowUpQueries;
import fi.hva.grants.followup.FollowUpReport;
import fi.hva.grants.followup.FollowUpReports;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.monitoring.DecisionMetrics;
import fi.hva.grants.monitoring.StuckCases;
import fi.hva.grants.payment.PaymentRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report and monitoring queries on PostgreSQL, where H2's leniency does not help. */
@PostgresTest
class FollowUpOnPostgresIT {

    @Autowired GrantCallRepository calls;
    @Autowired AssociationRepository associations;
    @Autowired GrantApplicationRepository applications;
    @Autowired PaymentRepository payments;
    @Autowired FollowUpQueries queries;
    @Autowired FollowUpReports reports;
    @Autowired DecisionMetrics decisionMetrics;
    @Autowired MeterRegistry meterRegistry;
    @Autowired StuckCases stuckCases;
    @Autowired JdbcTemplate jdbc;

    @Test
    void reportMetricsAndStuckCasesQueryPostgres() {
        new FollowUpFixture(calls, associations, applications, payments, jdbc).ensureStored();

        FollowUpReport report = reports.report(queries.parse("2019", null));
        decisionMetrics.refresh();

        assertThat(report.outcomes().received()).isEqualTo(6);
        assertThat(report.outcomes().grantedSum()).isEqualByComparingTo(new BigDecimal("15100"));
        assertThat(report.decisionToPayment().count()).isEqualTo(2);
        assertThat(report.byGrantForm()).filteredOn(b -> b.code().equals("PARTNERSHIP"))
                .singleElement().satisfies(b -> assertThat(b.grantedSum()).isEqualByComparingTo("25000"));
        assertThat(report.regionTotal().grantedSum()).isEqualByComparingTo(new BigDecimal("40100"));
        assertThat(meterRegistry.get("grants.decisions").tag("call", FollowUpFixture.OPERATING_CALL)
                .tag("outcome", "PARTLY_GRANTED").gauge().value()).isEqualTo(1.0);
        assertThat(stuckCases.now().overdueReports()).isNotNull();
    }
}
