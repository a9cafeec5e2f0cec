package org.jixiao.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The web application's boundaries: each direct subpackage of org.jixiao.web is a feature module
 * (Spring Modulith) with no cycles and no reaching into another module's internals; the domain
 * core and the formats never depend on the web application.
 */
class ModulesTests {

    @Test
    void featureModulesRespectTheirBoundaries() {
        // tests left out wherever the build puts them (-Djixiao.target=… builds side by side)
        ApplicationModules.of(JixiaoApplication.class, location -> !location.contains("/test-classes/")).verify();
    }

    @Test
    void coreAndFormatsDoNotDependOnTheWebApplication() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.jixiao");
        noClasses().that().resideInAnyPackage("org.jixiao.core..", "org.jixiao.formats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.web..", "org.springframework..")
                .check(classes);
    }

    @Test
    void onlyTheOrganisationFeatureConfiguresSecurity() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.jixiao.web");
        noClasses().that().resideOutsideOfPackage("org.jixiao.web.organisation..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.security.config.annotation.web.builders.HttpSecurity")
                .check(classes);
    }
}
