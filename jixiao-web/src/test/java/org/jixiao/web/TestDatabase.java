package org.jixiao.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at a fresh data folder under target/, so each test run starts from an empty database. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path target = Path.of(System.getProperty("jixiao.test.dir", "target"));
            Files.createDirectories(target);
            Path dir = Files.createTempDirectory(target.toAbsolutePath(), "test-data-");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jixiao-test",
                    Map.of("jixiao.data-dir", dir.toString(), "jixiao.db.url", "", "jixiao.demo-data", "true")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
