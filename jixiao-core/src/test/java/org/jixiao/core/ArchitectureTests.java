package org.jixiao.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the core, checked on the compiled classes: it is pure (no framework, no file
 * system, network or database), its features do not form cycles, and a feature's {@code internal}
 * package is used by that feature alone.
 */
class ArchitectureTests {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // DO_NOT_INCLUDE_TESTS knows only target/test-classes; a build into another folder
                // (-Djixiao.target=target-b, for builds side by side) must leave its tests out too.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.jixiao.core");
    }

    @Test
    void coreDependsOnlyOnTheJdkAndTheExpressionEvaluator() {
        classes().that().resideInAPackage("org.jixiao.core..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jixiao.core..", "com.ezylang.evalex..")
                .because("the domain core has no Spring, no persistence and no format library")
                .check(core);
    }

    @Test
    void coreDoesNoFileNetworkOrDatabaseIo() {
        noClasses().that().resideInAPackage("org.jixiao.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System")
                .because("the core computes; reading files, clocks and networks is the application's job")
                .check(core);
    }

    @Test
    void coreUsesNoBinaryFloatingPoint() {
        noClasses().that().resideInAPackage("org.jixiao.core..")
                .should(useFloatingPoint())
                .because("money and scores are BigDecimal")
                .check(core);
    }

    @Test
    void featuresFormNoCycles() {
        slices().matching("org.jixiao.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnFeature() {
        classes().that().resideInAPackage("org.jixiao.core..")
                .should(new ArchCondition<>("not use another feature's internal package") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        String own = feature(javaClass.getPackageName());
                        javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
                            String target = dependency.getTargetClass().getPackageName();
                            if (target.startsWith("org.jixiao.core.") && target.contains(".internal")
                                    && !feature(target).equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(core);
    }

    /** org.jixiao.core.framework.internal → framework. */
    private static String feature(String packageName) {
        String rest = packageName.startsWith("org.jixiao.core.") ? packageName.substring("org.jixiao.core.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> useFloatingPoint() {
        return new ArchCondition<>("use float or double") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getFields().forEach(field -> {
                    String type = field.getRawType().getName();
                    if (type.equals("double") || type.equals("float") || type.equals("java.lang.Double")
                            || type.equals("java.lang.Float")) {
                        events.add(SimpleConditionEvent.satisfied(field, field.getFullName() + " is " + type));
                    }
                });
                javaClass.getMethods().forEach(method -> {
                    String type = method.getRawReturnType().getName();
                    if (type.equals("double") || type.equals("float")) {
                        events.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " returns " + type));
                    }
                });
            }
        };
    }
}
