package org.jixiao.web.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one database: PostgreSQL. With no {@code jixiao.db.url} an embedded server is started with
 * its data under {@code jixiao.data-dir} (kept across restarts); otherwise the configured server is used.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(JixiaoProperties properties) {
        if (!properties.db().embedded()) {
            return EmbeddedDatabase.none();
        }
        Path dir = properties.dataDir().toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "50")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), dir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置数据库（data dir " + dir + "）", e);
        }
    }

    @Bean
    DataSource dataSource(JixiaoProperties properties, EmbeddedDatabase embedded) {
        HikariDataSource ds = new HikariDataSource();
        if (embedded.running()) {
            ds.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
            ds.setUsername("postgres");
        } else {
            ds.setJdbcUrl(properties.db().url());
            ds.setUsername(properties.db().username());
            ds.setPassword(properties.db().password());
        }
        ds.setMaximumPoolSize(10);
        ds.setPoolName("jixiao");
        return ds;
    }

    /** The embedded server when one was started; closing the context stops it. */
    public record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        public boolean running() {
            return server != null;
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
