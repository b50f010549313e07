package fi.hva.grants.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planner knows how many authorization rows grant READ. Without the statistics it guesses 0.5 %,
 * and the Tasklist query compares every open task with every authorization row (README, "Tasklist on
 * PostgreSQL").
 */
@PostgresTest
class TaskAuthorizationStatisticsOnPostgresTest {

    private static final int TASKS = 2000;
    private static final String ID_PREFIX = "stat-test-";

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAuthorizations() {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like ?", ID_PREFIX + "%");
    }

    @Test
    void theStatisticsExistAfterStartUp() {
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'act_stat_auth_perms'",
                Integer.class)).isEqualTo(1);
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

    /** What the default authorization provider stores for each task with candidate group area-elderly. */
    private void insertTaskAuthorizations() {
        List<String> ids = IntStream.rangeClosed(1, TASKS).mapToObj(i -> ID_PREFIX + i).toList();
        jdbc.batchUpdate("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                + " values (?, 1, 1, 'area-elderly', 7, ?, 6)", ids, ids.size(),
                (statement, id) -> {
                    statement.setString(1, id);
                    statement.setString(2, "task-" + id);
                });
    }
}
