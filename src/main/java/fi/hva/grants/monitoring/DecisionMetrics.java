package fi.hva.grants.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decisions per call and outcome. Calls come and go, so the series are rebuilt from the database
 * every minute instead of one gauge per call fixed at start-up. The first refresh runs when the
 * scheduler starts, not while the meter registry is being built, so a slow database cannot stop
 * the start.
 */
@Component
public class DecisionMetrics implements MeterBinder {

    private final DecisionCounts counts;
    private MultiGauge decisions;

    DecisionMetrics(DecisionCounts counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        decisions = MultiGauge.builder("grants.decisions")
                .description("Decided grant applications per call and outcome")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${grants.monitoring.refresh:PT1M}")
    public void refresh() {
        if (decisions == null) {
            return;
        }
        decisions.register(counts.perCallAndOutcome().stream()
                .map(row -> MultiGauge.Row.of(Tags.of("call", row.callCode(), "outcome", row.outcome().name()), row.count()))
                .toList(), true);
    }
}
