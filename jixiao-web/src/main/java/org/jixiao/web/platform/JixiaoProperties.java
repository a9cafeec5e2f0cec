package org.jixiao.web.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code jixiao.*} (application.yml, or environment variables such as JIXIAO_DB_URL).
 *
 * @param dataDir   where the embedded PostgreSQL keeps its data between restarts
 * @param db        an external PostgreSQL; when its url is blank the embedded one is started
 * @param demoData  load the demo units, users and reports on first start; only ever with the embedded database
 */
@ConfigurationProperties(prefix = "jixiao")
public record JixiaoProperties(Path dataDir, Db db, boolean demoData) {

    public JixiaoProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db("", "", "") : db;
    }

    public record Db(String url, String username, String password) {
        public Db {
            url = url == null ? "" : url.trim();
            username = username == null ? "" : username;
            password = password == null ? "" : password;
        }

        public boolean embedded() {
            return url.isEmpty();
        }
    }
}
