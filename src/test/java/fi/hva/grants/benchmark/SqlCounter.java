package fi.hva.grants.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts SQL statements on every thread (the harness and the job executor alike). A JDBC batch is
 * one round trip but counts each statement in it, since the engine flushes its inserts and updates
 * as batches on PostgreSQL.
 */
public class SqlCounter implements QueryExecutionListener {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong acquisitions = new AtomicLong();
    private final ThreadLocal<Boolean> paused = ThreadLocal.withInitial(() -> false);
    /** With {@code -Dbenchmark.sqlProfile=N}: statements by their text, so the run can show its N most frequent. */
    private final Map<String, LongAdder> byText = new ConcurrentHashMap<>();
    private final boolean profiling = Integer.getInteger("benchmark.sqlProfile", 0) > 0;

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        if (paused.get()) {
            return;
        }
        roundTrips.incrementAndGet();
        long count = execInfo.isBatch()
                ? Math.max(execInfo.getBatchSize(), queryInfoList.size())
                : queryInfoList.size();
        statements.addAndGet(count);
        if (profiling) {
            long each = execInfo.isBatch() ? Math.max(1, count / Math.max(1, queryInfoList.size())) : 1;
            queryInfoList.forEach(query -> byText.computeIfAbsent(query.getQuery(), text -> new LongAdder()).add(each));
        }
        if (queryInfoList.stream().anyMatch(SqlCounter::isJobAcquisition)) {
            acquisitions.incrementAndGet();
        }
    }

    /** The job executor's polling query: it runs whether or not there is work, so it is shown apart. */
    private static boolean isJobAcquisition(QueryInfo query) {
        String sql = query.getQuery();
        return sql.contains("ACT_RU_JOB") && sql.contains("LOCK_EXP_TIME_ <") && sql.trim().regionMatches(true, 0, "select", 0, 6);
    }

    public long jobAcquisitions() {
        return acquisitions.get();
    }

    /** Runs the harness's own bookkeeping (polling, checks) without counting it. */
    public <T> T uncounted(Supplier<T> work) {
        paused.set(true);
        try {
            return work.get();
        } finally {
            paused.set(false);
        }
    }

    /** The statements counted since the last call, most frequent first, by their text; empty unless profiling. */
    public List<Map.Entry<String, Long>> takeProfile(int top) {
        List<Map.Entry<String, Long>> counts = byText.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top).toList();
        byText.clear();
        return counts;
    }

    public long statements() {
        return statements.get();
    }

    public long roundTrips() {
        return roundTrips.get();
    }
}
