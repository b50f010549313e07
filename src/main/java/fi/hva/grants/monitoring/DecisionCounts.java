package fi.hva.grants.monitoring;

import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Decided applications counted per call and outcome, in one query for the metrics scrape. */
interface DecisionCounts extends Repository<GrantApplication, Long> {

    record Row(String callCode, DecisionOutcome outcome, long count) {
    }

    @Query("""
            select new fi.hva.grants.monitoring.DecisionCounts$Row(a.call.code, a.decisionOutcome, count(a))
            from GrantApplication a where a.decisionOutcome is not null
            group by a.call.code, a.decisionOutcome""")
    List<Row> perCallAndOutcome();
}
