package org.jixiao.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Jixiao web application: units fill in, supervising departments review, finance bureaus check.
 * Each direct subpackage is one feature (a Spring Modulith module); see docs/web.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
