package org.jixiao.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against a real PostgreSQL (the embedded server the
 * application starts itself, in a fresh folder per test run) with the demo data loaded.
 * MockMvc is available too. Every test class using this shares one context and one database: a test that changes data
 * creates its own tables (TableImport.createDraft) rather than changing the demo ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
public @interface JixiaoWebTest {
}
