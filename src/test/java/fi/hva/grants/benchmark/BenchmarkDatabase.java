package fi.hva.grants.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;

/**
 * Embedded PostgreSQL behind the same Hikari pool production uses (the bare embedded data source
 * opens a server process per connection, which would dominate every figure), wrapped by
 * datasource-proxy to count statements.
 */
@TestConfiguration
public class BenchmarkDatabase {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres benchmarkPostgres() {
        try {
            return EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** The session settings production connections get (application-postgres.yml), so the figures are production's. */
    private static String productionConnectionInitSql() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-postgres.yml"));
        return yaml.getObject().getProperty("spring.datasource.hikari.connection-init-sql");
    }

    @Bean
    SqlCounter sqlCounter() {
        return new SqlCounter();
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres benchmarkPostgres, SqlCounter sqlCounter) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(benchmarkPostgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(20);
        config.setPoolName("benchmark");
        config.setConnectionInitSql(productionConnectionInitSql());
        return ProxyDataSourceBuilder.create(new HikariDataSource(config)).name("benchmark").listener(sqlCounter).build();
    }
}
