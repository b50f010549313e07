package fi.hva.grants.security.sso;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officers who have logged in through single sign-on, as their latest token described them. The engine's
 * read-only identity ({@link TokenIdentityProvider}) answers user and membership queries from here.
 */
class OfficerDirectory {

    private static final String COLUMNS = "user_id, first_name, last_name, email, group_ids";

    private final JdbcClient jdbc;

    OfficerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Officer officer) {
        String groupIds = String.join(",", officer.groupIds());
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update officer_login set first_name = ?, last_name = ?, email = ?, group_ids = ?, last_login = ? where user_id = ?")
                .params(officer.firstName(), officer.lastName(), officer.email(), groupIds, now, officer.id()).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into officer_login (" + COLUMNS + ", last_login) values (?, ?, ?, ?, ?, ?)")
                        .params(officer.id(), officer.firstName(), officer.lastName(), officer.email(), groupIds, now).update();
            } catch (DuplicateKeyException alreadyThere) {
                // The same officer's first login on another node a moment earlier: the latest token wins.
                record(officer);
            }
        }
    }

    Optional<Officer> find(String userId) {
        return jdbc.sql("select " + COLUMNS + " from officer_login where user_id = ?").param(userId).query(this::officer).optional();
    }

    List<Officer> all() {
        return jdbc.sql("select " + COLUMNS + " from officer_login").query(this::officer).list();
    }

    private Officer officer(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        String groupIds = row.getString("group_ids");
        return new Officer(row.getString("user_id"), row.getString("first_name"), row.getString("last_name"),
                row.getString("email"), groupIds.isEmpty() ? List.of() : Arrays.asList(groupIds.split(",")));
    }
}
