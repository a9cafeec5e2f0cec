package org.jixiao.web.organisation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** What the organisation tests share: MockMvc on the shared context, and removing the units a test made. */
abstract class OrganisationWebTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    OrgMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = new OrgMvc(context, users, jdbc);
    }

    @AfterEach
    void removeCreatedUnits() {
        mvc.removeCreatedUnits();
    }
}
