package org.jixiao.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookups tolerate the ways codes and names are written in published tables. */
class ClassificationLookupTests {

    private static final Classification FUNCTIONAL = ShippedClassifications.get("functional-2024");
    private static final Classification ECONOMIC = ShippedClassifications.get("economic-2024");

    @ParameterizedTest
    @ValueSource(strings = {"2050299", "205 02 99", "205-02-99", "205.02.99", "２０５０２９９", "２０５　０２　９９", " 2050299 ",
            "205－02－99", "205/02/99"})
    void aCodeIsFoundWhicheverWayItIsWritten(String written) {
        assertThat(FUNCTIONAL.byCode(written)).map(ClassificationEntry::name).contains("其他普通教育支出");
        assertThat(FUNCTIONAL.resolve(written)).extracting(ClassificationEntry::code).containsExactly("2050299");
    }

    @Test
    void aTextThatIsNotACodeIsNotOne() {
        assertThat(ClassificationText.code("205a")).isEmpty();
        assertThat(ClassificationText.code("--")).isEmpty();
        assertThat(ClassificationText.code("")).isEmpty();
        assertThat(FUNCTIONAL.byCode("2050298")).isEmpty();
        assertThat(FUNCTIONAL.resolve("2050298")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"维修（护）费", "维修(护)费", "维修 (护) 费", "维修【护】费", "维 修（护）费", "维修（护）费（款）",
            "维修(护)费(款)", "  维修（护）费。", "“维修（护）费”"})
    void aNameIsFoundWithItsVariants(String written) {
        assertThat(ECONOMIC.byName(written)).extracting(ClassificationEntry::code).containsExactly("30213");
        assertThat(ECONOMIC.resolveOne(written)).map(ClassificationEntry::code).contains("30213");
    }

    @Test
    void ocrSpacesAndFullWidthBracketsInPaths() {
        assertThat(FUNCTIONAL.resolveOne("普 通 教 育 ( 款 ) 其他普通 教育支出 (项)")).map(ClassificationEntry::code).contains("2050299");
        assertThat(FUNCTIONAL.resolveOne("政府办公厅(室)及相关机构事务（款）行政运行（项）")).map(ClassificationEntry::code).contains("2010301");
    }

    @Test
    void aStatedLevelMustBeTheEntrysLevel() {
        assertThat(FUNCTIONAL.byName("其他教育支出")).extracting(ClassificationEntry::code).containsExactly("20599", "2059999");
        assertThat(FUNCTIONAL.byName("其他教育支出（款）")).extracting(ClassificationEntry::code).containsExactly("20599");
        assertThat(FUNCTIONAL.byName("其他教育支出（项）")).extracting(ClassificationEntry::code).containsExactly("2059999");
        assertThat(FUNCTIONAL.byName("教育支出（项）")).isEmpty();
    }

    @Test
    void aSharedNameIsAmbiguousUntilAPathTellsItsEntriesApart() {
        assertThat(FUNCTIONAL.resolve("行政运行")).hasSizeGreaterThan(1);
        assertThat(FUNCTIONAL.resolveOne("行政运行")).isEmpty();
        assertThat(FUNCTIONAL.resolveOne("教育管理事务（款）行政运行（项）")).map(ClassificationEntry::code).contains("2050101");
        assertThat(FUNCTIONAL.resolveOne("教育支出 › 行政运行")).map(ClassificationEntry::code).contains("2050101");
    }

    @Test
    void aPathThatSkipsTheFewestLevelsWins() {
        // "教育支出 › 其他教育支出" could be the 款 20599 (directly under) or the 项 2059999 (one level skipped).
        assertThat(FUNCTIONAL.resolve("教育支出 › 其他教育支出")).extracting(ClassificationEntry::code).containsExactly("20599");
        assertThat(FUNCTIONAL.resolve("教育支出 › 其他教育支出 › 其他教育支出")).extracting(ClassificationEntry::code).containsExactly("2059999");
    }

    @Test
    void pathsWithCodesAndNamesMustAgree() {
        assertThat(FUNCTIONAL.resolve("205 教育支出 › 20502 普通教育 › 2050299 其他普通教育支出"))
                .extracting(ClassificationEntry::code).containsExactly("2050299");
        assertThat(FUNCTIONAL.resolve("2050299 其他普通教育支出")).extracting(ClassificationEntry::code).containsExactly("2050299");
        assertThat(FUNCTIONAL.resolve("２０５０２９９　其他普通教育支出")).extracting(ClassificationEntry::code).containsExactly("2050299");
        assertThat(FUNCTIONAL.resolve("2050299 其他教育支出")).isEmpty();
        assertThat(FUNCTIONAL.resolve("普通教育 › 2059999")).isEmpty();
        assertThat(FUNCTIONAL.resolve("住房改革支出（款）其他普通教育支出（项）")).isEmpty();
        assertThat(FUNCTIONAL.resolve("教育支出 > 普通教育 > 其他普通教育支出")).extracting(ClassificationEntry::code).containsExactly("2050299");
    }

    @Test
    void nothingWrittenFindsNothing() {
        assertThat(FUNCTIONAL.resolve("")).isEmpty();
        assertThat(FUNCTIONAL.resolve(" › ")).isEmpty();
        assertThat(FUNCTIONAL.resolve(null)).isEmpty();
        assertThat(FUNCTIONAL.resolve("（项）")).isEmpty();
        assertThat(FUNCTIONAL.resolve("不存在的科目")).isEmpty();
    }

    @Test
    void parentsAndChildren() {
        ClassificationEntry education = FUNCTIONAL.byCode("205").orElseThrow();
        ClassificationEntry general = FUNCTIONAL.byCode("20502").orElseThrow();

        assertThat(FUNCTIONAL.parent(education)).isEmpty();
        assertThat(FUNCTIONAL.parent(general)).contains(education);
        assertThat(FUNCTIONAL.children(education)).extracting(ClassificationEntry::code)
                .containsExactly("20501", "20502", "20503", "20504", "20505", "20506", "20507", "20508", "20509", "20599");
        assertThat(FUNCTIONAL.children(general)).extracting(ClassificationEntry::name)
                .containsExactly("学前教育", "小学教育", "初中教育", "高中教育", "高等教育", "其他普通教育支出");
        assertThat(ECONOMIC.classes()).extracting(ClassificationEntry::code).containsExactly("301", "302", "303", "309", "310");
        assertThat(ECONOMIC.children(ECONOMIC.byCode("30101").orElseThrow())).isEmpty();
    }

    @Test
    void theVersionInForceIsChosenByYear() {
        assertThat(ShippedClassifications.forYear(ClassificationKind.FUNCTIONAL, 2024)).map(Classification::id).contains("functional-2024");
        assertThat(ShippedClassifications.forYear(ClassificationKind.ECONOMIC, 2024)).map(Classification::id).contains("economic-2024");
        assertThat(ShippedClassifications.forYear(ClassificationKind.FUNCTIONAL, 2017)).isEmpty();
        assertThat(ShippedClassifications.find("functional-1999")).isEmpty();
    }
}
