package org.jixiao.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jixiao.web.JixiaoWebTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application in a browser. The browser flow submits and returns the demo Nanjing draft,
 * the demo user's own table, which other test classes rely on staying a draft; so these classes run
 * in their own application context (the extra property makes a distinct context, and TestDatabase
 * gives every context a fresh database) instead of sharing the one of {@link JixiaoWebTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JixiaoWebTest
@TestPropertySource(properties = "jixiao.test.context=end-to-end")
@interface EndToEndTest {
}
