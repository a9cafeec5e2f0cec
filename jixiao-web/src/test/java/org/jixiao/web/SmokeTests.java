package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.web.organisation.Units;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JixiaoWebTest
class SmokeTests {

    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataIsLoadedIntoPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(units.count()).isEqualTo(6);
        assertThat(users.find("demo-unit")).get().satisfies(u -> assertThat(u.unitName()).startsWith("南京市电化教育馆"));
        assertThat(jdbc.sql("select count(*) from published_report").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }
}
