package org.jixiao.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every classification code behind the Baotou 2024 final accounts (包头市电化教育馆, sections 五, 六
 * and 七) resolves, by its code and by its name exactly as the report writes it.
 */
class BaotouClassificationsTests {

    private static final Classification FUNCTIONAL = ShippedClassifications.forYear(ClassificationKind.FUNCTIONAL, 2024).orElseThrow();
    private static final Classification ECONOMIC = ShippedClassifications.forYear(ClassificationKind.ECONOMIC, 2024).orElseThrow();

    /** Section 五: the functional classes, as "X（款）Y（项）" under "Z（类）". */
    static Stream<Arguments> functional() {
        return Stream.of(
                Arguments.of("205", "教育支出（类）", "205 教育支出"),
                Arguments.of("2050299", "普通教育（款）其他普通教育支出（项）", "205 教育支出 › 20502 普通教育 › 2050299 其他普通教育支出"),
                Arguments.of("2059999", "其他教育支出（款）其他教育支出（项）", "205 教育支出 › 20599 其他教育支出 › 2059999 其他教育支出"),
                Arguments.of("208", "社会保障和就业支出（类）", "208 社会保障和就业支出"),
                Arguments.of("2080502", "行政事业单位养老支出（款）事业单位离退休（项）",
                        "208 社会保障和就业支出 › 20805 行政事业单位养老支出 › 2080502 事业单位离退休"),
                Arguments.of("2080505", "行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）",
                        "208 社会保障和就业支出 › 20805 行政事业单位养老支出 › 2080505 机关事业单位基本养老保险缴费支出"),
                Arguments.of("210", "卫生健康支出（类）", "210 卫生健康支出"),
                Arguments.of("2101102", "行政事业单位医疗（款）事业单位医疗（项）",
                        "210 卫生健康支出 › 21011 行政事业单位医疗 › 2101102 事业单位医疗"),
                Arguments.of("221", "住房保障支出（类）", "221 住房保障支出"),
                Arguments.of("2210201", "住房改革支出（款）住房公积金（项）", "221 住房保障支出 › 22102 住房改革支出 › 2210201 住房公积金"));
    }

    @ParameterizedTest
    @MethodSource("functional")
    void everyFunctionalClassOfSection5ResolvesByCodeAndByTheNameAsWritten(String code, String written, String path) {
        ClassificationEntry entry = FUNCTIONAL.byCode(code).orElseThrow();

        assertThat(FUNCTIONAL.resolve(written)).containsExactly(entry);
        assertThat(FUNCTIONAL.pathText(entry)).isEqualTo(path);
    }

    @Test
    void theSeedsItemsAreUnderTheirClassAndSection() {
        ClassificationEntry item = FUNCTIONAL.byCode("2050299").orElseThrow();

        assertThat(FUNCTIONAL.path(item)).extracting(ClassificationEntry::level)
                .containsExactly(Level.CLASS, Level.SECTION, Level.ITEM);
        assertThat(FUNCTIONAL.resolve("教育支出（类）普通教育（款）其他普通教育支出（项）")).containsExactly(item);
        assertThat(FUNCTIONAL.children(FUNCTIONAL.byCode("20805").orElseThrow()))
                .extracting(ClassificationEntry::code).contains("2080502", "2080505");
    }

    /** Section 六 (人员经费, 公用经费) and section 七 (商品和服务支出, 资本性支出): 款 of the economic classification. */
    static Stream<Arguments> economic() {
        return Stream.of(
                // 六 (一) 人员经费
                Arguments.of("30101", "基本工资"),
                Arguments.of("30102", "津贴补贴"),
                Arguments.of("30103", "奖金"),
                Arguments.of("30107", "绩效工资"),
                Arguments.of("30108", "机关事业单位基本养老保险缴费"),
                Arguments.of("30110", "职工基本医疗保险缴费"),
                Arguments.of("30112", "其他社会保障缴费"),
                Arguments.of("30113", "住房公积金"),
                Arguments.of("30302", "退休费"),
                Arguments.of("30304", "抚恤金"),
                Arguments.of("30305", "生活补助"),
                // 六 (二) 公用经费
                Arguments.of("30201", "办公费"),
                Arguments.of("30207", "邮电费"),
                Arguments.of("30209", "物业管理费"),
                Arguments.of("30211", "差旅费"),
                Arguments.of("30216", "培训费"),
                Arguments.of("30227", "委托业务费"),
                Arguments.of("30228", "工会经费"),
                Arguments.of("30229", "福利费"),
                Arguments.of("30231", "公务用车运行维护费"),
                Arguments.of("30239", "其他交通费用"),
                Arguments.of("30299", "其他商品和服务支出"),
                // 七 (一) 商品和服务支出
                Arguments.of("30213", "维修（护）费"),
                Arguments.of("30214", "租赁费"));
    }

    @ParameterizedTest
    @MethodSource("economic")
    void everyEconomicItemOfSections6And7ResolvesByCodeAndByName(String code, String written) {
        ClassificationEntry entry = ECONOMIC.byCode(code).orElseThrow();

        assertThat(ECONOMIC.resolve(written)).containsExactly(entry);
        assertThat(ECONOMIC.resolve(ECONOMIC.parent(entry).orElseThrow().name() + " › " + written)).containsExactly(entry);
    }

    @Test
    void capitalItemsResolveUnderTheClassTheReportNames() {
        // 七 (二) 资本性支出：办公设备购置、信息网络及软件购置更新. The same 款 names exist under 309
        // 资本性支出（基本建设）, so the name alone is ambiguous and the class decides.
        assertThat(ECONOMIC.resolve("办公设备购置")).extracting(ClassificationEntry::code).containsExactly("30902", "31002");
        assertThat(ECONOMIC.resolve("资本性支出 › 办公设备购置")).extracting(ClassificationEntry::code).containsExactly("31002");
        assertThat(ECONOMIC.resolve("资本性支出 › 信息网络及软件购置更新")).extracting(ClassificationEntry::code).containsExactly("31007");
        // 六 (二) writes "办公设备购置费".
        assertThat(ECONOMIC.resolve("资本性支出 › 办公设备购置费")).extracting(ClassificationEntry::code).containsExactly("31002");
        assertThat(ECONOMIC.resolve("资本性支出（基本建设）› 办公设备购置")).extracting(ClassificationEntry::code).containsExactly("30902");
    }

    @Test
    void section7GoodsAndServicesResolveUnderTheirClass() {
        assertThat(ECONOMIC.resolveOne("商品和服务支出 › 维修(护)费")).map(ClassificationEntry::code).contains("30213");
        assertThat(ECONOMIC.resolveOne("商品和服务支出 › 培训费")).map(ClassificationEntry::code).contains("30216");
        assertThat(ECONOMIC.resolveOne("商品和服务支出 › 委托业务费")).map(ClassificationEntry::code).contains("30227");
    }
}
