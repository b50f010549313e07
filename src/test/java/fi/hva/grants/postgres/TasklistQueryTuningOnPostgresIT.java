package fi.hva.grants.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.security.TasklistQueryTuning;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planner knows how many authorization rows grant READ, and looks a task's grants up in the partial index.
 * Without the statistics it guesses 0.5 % and the Tasklist query compares every open task with every
 * authorization row; without the index each task's lookup also fetches every global grant (README, "Tasklist
 * on PostgreSQL").
 */
@PostgresTest
class TasklistQueryTuningOnPostgresIT {

    private static final int TASKS = 2000;
    private static final String ID_PREFIX = "stat-test-";

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAuthorizations() {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like ?", ID_PREFIX + "%");
    }

    @Test
    void theStatisticsAndTheIndexExistAfterStartUp() {
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?",
                Integer.class, TasklistQueryTuning.STATISTICS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = ?",
                Integer.class, TasklistQueryTuning.INDEX)).isEqualTo(1);
    }

    @Test
    void theEnginesAuthorizationLookupUsesThePartialIndex() {
        insertTaskAuthorizations();
        jdbc.execute("analyze ACT_RU_AUTHORIZATION");

        // The authorization part of the engine's task query (Tasklist filter as eero of area-elderly).
        String plan = String.join("\n", jdbc.queryForList("explain select A.* from ACT_RU_AUTHORIZATION A"
                + " where A.TYPE_ < 2 and (A.USER_ID_ in ('eero', '*') or A.GROUP_ID_ in ('area-elderly'))"
                + " and (A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2 or A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64)"
                + " and A.RESOURCE_ID_ in ('task-" + ID_PREFIX + "7', 'grantApplication', '*')", String.class));

        assertThat(plan).contains(TasklistQueryTuning.INDEX);
    }

    @Test
    void thePlannerKnowsHowManyAuthorizationsGrantRead() {
        insertTaskAuthorizations();
        // What autovacuum does in production once the rows are there.
        jdbc.execute("analyze ACT_RU_AUTHORIZATION");
        int granting = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where PERMS_ & 2 = 2", Integer.class);

        String plan = jdbc.queryForList("explain select ID_ from ACT_RU_AUTHORIZATION where PERMS_ & 2 = 2", String.class).get(0);

        assertThat(estimatedRows(plan)).isGreaterThan(granting / 2);
    }

    private static int estimatedRows(String planLine) {
        Matcher rows = Pattern.compile("rows=(\\d+)").matcher(planLine);
        assertThat(rows.find()).as(planLine).isTrue();
        return Integer.parseInt(rows.group(1));
    }

    /**
     * What the default authorization provider stores for each task with candidate group area-elderly, and global grants
     * on other resources (process instances here), which a production table holds as well. Without those the general
     * index on the resource id costs the planner as much as the partial one, and it took either.
     */
    private void insertTaskAuthorizations() {
        List<String> groups = IntStream.rangeClosed(1, TASKS / 2).mapToObj(i -> ID_PREFIX + "group-" + i).toList();
        jdbc.batchUpdate("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                + " values (?, 1, 1, ?, 8, '*', 2)", groups, groups.size(),
                (statement, group) -> {
                    statement.setString(1, group);
                    statement.setString(2, group);
                });
        List<String> ids = IntStream.rangeClosed(1, TASKS).mapToObj(i -> ID_PREFIX + i).toList();
        jdbc.batchUpdate("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                + " values (?, 1, 1, 'area-elderly', 7, ?, 6)", ids, ids.size(),
                (statement, id) -> {
                    statement.setString(1, id);
                    statement.setString(2, "task-" + id);
                });
    }
}
