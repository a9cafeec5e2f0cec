package org.jixiao.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The classification text format: what it reads, and every problem reported with its line. */
class ClassificationFormatTests {

    static final List<String> IDS = ShippedClassifications.IDS;

    private static final String HEADER = """
            classification: test
            title: 测试
            years: 2024
            kind: functional
            entries:
            """;

    @ParameterizedTest
    @FieldSource("IDS")
    void everyShippedClassificationLoadsWithoutProblems(String id) {
        ClassificationLoad load = ShippedClassifications.load(id);

        assertThat(load.problems()).isEmpty();
        assertThat(load.classification()).map(Classification::id).contains(id);
    }

    @Test
    void theShippedVersionsAreFor2024AndOfEachKindOnce() {
        assertThat(ShippedClassifications.all()).extracting(Classification::kind)
                .containsExactly(ClassificationKind.FUNCTIONAL, ClassificationKind.ECONOMIC);
        assertThat(ShippedClassifications.all()).allSatisfy(c -> assertThat(c.years()).containsExactly(2024));
        for (ClassificationKind kind : ClassificationKind.values()) {
            for (int year = 1990; year <= 2100; year++) {
                int y = year;
                assertThat(ShippedClassifications.all().stream().filter(c -> c.kind() == kind && c.inForce(y)))
                        .as("%s versions in force in %d", kind, y).hasSizeLessThanOrEqualTo(1);
            }
        }
        assertThat(ShippedClassifications.get("functional-2024").entries()).hasSizeGreaterThan(150);
        assertThat(ShippedClassifications.get("economic-2024").entries()).hasSizeGreaterThan(70);
    }

    @Test
    void aWellFormedFileIsReadWithLevelsFromCodeLengthsAndAliases() {
        Classification c = ClassificationFormat.read("t.jxc", """
                # a comment
                classification: demo-2023
                title: 演示
                years: 2023-2024, 2026
                kind: functional

                entries:
                205 | 教育支出
                20502 | 普通教育
                2050299 | 其他普通教育支出 | 其它普通教育支出 | 普通教育其他
                """).orThrow();

        assertThat(c.id()).isEqualTo("demo-2023");
        assertThat(c.years()).containsExactly(2023, 2024, 2026);
        assertThat(c.inForce(2025)).isFalse();
        assertThat(c.entries()).extracting(ClassificationEntry::level).containsExactly(Level.CLASS, Level.SECTION, Level.ITEM);
        assertThat(c.entries()).extracting(ClassificationEntry::line).containsExactly(8, 9, 10);
        assertThat(c.byCode("2050299").orElseThrow().aliases()).containsExactly("其它普通教育支出", "普通教育其他");
        assertThat(c.resolveOne("其它普通教育支出")).map(ClassificationEntry::code).contains("2050299");
    }

    @Test
    void everyProblemIsReportedWithItsLineNotJustTheFirst() {
        ClassificationLoad load = ClassificationFormat.read("bad.jxc", HEADER + """
                205 | 教育支出
                205 | 教育支出（重复）
                2050299 | 其他普通教育支出
                20A02 | 普通教育
                2050 | 四位编码
                20599 |
                20598 | 其他教育支出 |
                20597
                """);

        assertThat(load.ok()).isFalse();
        assertThat(load.problems()).extracting(p -> p.line() + " " + p.code()).containsExactly(
                "7 DUPLICATE_CODE",
                "8 PARENT_MISSING",
                "9 BAD_CODE",
                "10 BAD_CODE",
                "11 NAME_EMPTY",
                "12 NAME_EMPTY",
                "13 SYNTAX");
        assertThat(load.problems().get(0).message()).contains("第 6 行");
        assertThat(load.problems().get(1).entry()).isEqualTo("2050299");
        assertThat(load.problems().get(1).message()).contains("20502");
        assertThatThrownBy(load::orThrow).isInstanceOf(ClassificationException.class)
                .hasMessageContaining("bad.jxc:8 [2050299] PARENT_MISSING");
    }

    @Test
    void anEconomicCodeHasThreeOrFiveDigits() {
        ClassificationLoad load = ClassificationFormat.read("e.jxc", HEADER.replace("functional", "economic") + """
                301 | 工资福利支出
                30101 | 基本工资
                3010101 | 太深
                """);

        assertThat(load.problems()).extracting(p -> p.line() + " " + p.code()).containsExactly("8 BAD_CODE");
        assertThat(load.problems().get(0).message()).contains("3、5 位");
    }

    @Test
    void siblingsMustBeToldApartByName() {
        ClassificationLoad load = ClassificationFormat.read("n.jxc", HEADER + """
                205 | 教育支出
                20501 | 教育管理事务
                20502 | 教育管理事务（款）
                20503 | 职业教育 | 教育 管理事务
                208 | 社会保障和就业支出
                20801 | 教育管理事务
                """);

        assertThat(load.problems()).extracting(p -> p.line() + " " + p.code() + " " + p.entry())
                .containsExactly("8 DUPLICATE_NAME 20502", "9 DUPLICATE_NAME 20503");
    }

    @Test
    void headerProblemsAreReportedToo() {
        ClassificationLoad load = ClassificationFormat.read("h.jxc", """
                classification: x
                years: 24
                kind: fiscal
                kind: economic
                colour: blue
                205 | 教育支出
                entries:
                205 | 教育支出
                entries:
                """);

        assertThat(load.problems()).extracting(p -> p.line() + " " + p.code()).containsExactly(
                "0 MISSING_HEADER",
                "2 BAD_VALUE",
                "3 BAD_VALUE",
                "4 DUPLICATE_KEY",
                "5 UNKNOWN_KEY",
                "6 SYNTAX",
                "9 SYNTAX");
        assertThat(load.problems().get(5).message()).contains("entries:");
    }

    @Test
    void aFileWithoutEntriesIsReported() {
        ClassificationLoad load = ClassificationFormat.read("empty.jxc", "classification: x\ntitle: t\nyears: 2024\nkind: economic\n");

        assertThat(load.problems()).extracting(ClassificationProblem::code).containsExactly("MISSING_SECTION");
        assertThat(ClassificationFormat.read("null.jxc", null).ok()).isFalse();
    }

    @Test
    void theConstructorRefusesWhatTheFormatReports() {
        ClassificationEntry orphan = new ClassificationEntry("2050299", "其他普通教育支出", List.of(), Level.ITEM, 0);
        ClassificationEntry wrongLevel = new ClassificationEntry("205", "教育支出", List.of(), Level.SECTION, 0);

        assertThatThrownBy(() -> new Classification("x", "x", List.of(2024), ClassificationKind.FUNCTIONAL, List.of(orphan), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification("x", "x", List.of(2024), ClassificationKind.FUNCTIONAL, List.of(wrongLevel), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
