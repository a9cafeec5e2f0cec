package org.jixiao.web.frameworks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.method.CompiledRule;
import org.jixiao.core.number.Score;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;

/**
 * What the frameworks API answers, as records the OpenAPI document describes. Weights are decimal
 * strings ("2", "0.5"): exact, never binary floating point; "" where the text states none.
 */
final class FrameworkJson {

    private FrameworkJson() {
    }

    @Schema(name = "ApiFramework", description = "指标体系（或绩效目标表）：编码、标题、年度、类型、是否内置、所属单位、版本号")
    record Summary(long id, @Schema(example = "nanjing-department") String code, String title, int year,
                   @Schema(description = "PROJECT_SELF_EVALUATION 项目自评表 / DEPARTMENT_EVALUATION 部门整体评价 / TARGET_TABLE 绩效目标表")
                   String kind,
                   @Schema(description = "内置体系对所有人只读，只能复制") boolean shipped,
                   @Schema(description = "所属单位；为空表示共用") Long ownerUnitId, String ownerName,
                   @Schema(description = "版本号；修改文本时须原样带回") int version, String updatedBy,
                   OffsetDateTime updatedAt) {

        static Summary of(StoredFramework f) {
            return new Summary(f.id(), f.code(), f.title(), f.year(), f.kind(), f.shipped(), f.ownerUnitId(),
                    f.ownerName() == null ? "" : f.ownerName(), f.version(), f.updatedBy() == null ? "" : f.updatedBy(),
                    f.updatedAt());
        }
    }

    @Schema(name = "ApiFrameworkDetail", description = "一个指标体系：基本信息、.jxf 文本、校验问题、逐个指标及其编译后的评分规则")
    record Detail(long id, String code, String title, int year, String kind, boolean shipped, Long ownerUnitId,
                  String ownerName, int version, String updatedBy, OffsetDateTime updatedAt,
                  @Schema(description = "本人能否修改此体系的文本") boolean editable,
                  @Schema(description = "体系的 .jxf 文本") String text,
                  @Schema(description = "校验发现的问题（已保存的文本只会有警告）") List<TextProblem> problems,
                  List<ApiIndicator> indicators) {

        static Detail of(StoredFramework f, Framework framework, List<FrameworkProblem> problems, boolean editable) {
            Summary s = Summary.of(f);
            List<ApiIndicator> indicators = new ArrayList<>();
            walk(framework.nodes(), List.of(), indicators);
            return new Detail(s.id(), s.code(), s.title(), s.year(), s.kind(), s.shipped(), s.ownerUnitId(), s.ownerName(),
                    s.version(), s.updatedBy(), s.updatedAt(), editable, f.sourceText(),
                    problems.stream().map(TextProblem::of).toList(), List.copyOf(indicators));
        }
    }

    @Schema(name = "ApiTextProblem", description = "文本中的问题：类别（ERROR/WARNING）、错误码、行号、所涉指标编码、中文说明")
    record TextProblem(String severity, @Schema(example = "CHILD_WEIGHT_SUM") String code,
                       @Schema(description = "行号，从 1 起；0 表示全文") int line, String node, String message) {
        static TextProblem of(FrameworkProblem p) {
            return new TextProblem(p.severity().name(), p.code(), p.line(), p.node(), p.message());
        }
    }

    @Schema(name = "ApiIndicator", description = "一个三级指标（或资金执行行）：所在分组、分值、指标值、评分办法及编译结果")
    record ApiIndicator(@Schema(example = "B11") String code, String name,
                        @Schema(description = "所在分组的名称，从一级指标起") List<String> path,
                        @Schema(description = "分值（十进制字符串）；未规定时为空", example = "2") String weight,
                        String target, String halfYearTarget, String unit,
                        @Schema(description = "QUANTITATIVE 定量 / QUALITATIVE 定性") String nature,
                        @Schema(description = "评分办法原文") String method,
                        @Schema(description = "资金执行行（按预算执行率计分）") boolean fundsRow, Rule rule) {
    }

    @Schema(name = "ApiIndicatorRule", description = "评分办法编译后的规则：规范写法；须人工认定时说明原因")
    record Rule(@Schema(description = "评分办法的规范写法；没有评分办法时为空", example = "达到90%得2分，未达到根据完成度得分")
                String canonical,
                @Schema(description = "须人工认定（评分办法无法自动计分）") boolean manual,
                @Schema(description = "须人工认定的原因") String reason, List<String> notes,
                @Schema(description = "体系规定的规则（rule: 或模板默认）的规范写法") String stated) {
        static Rule of(RuleView v) {
            return new Rule(v.canonical(), v.manual(), v.reason(), v.notes(), v.stated());
        }
    }

    @Schema(name = "ApiCompiledRule", description = "一段评分办法的编译结果：规范写法、是否须人工认定及原因、各部分在原文中的位置")
    record Compiled(String text, @Schema(example = "达到90%得2分，未达到根据完成度得分") String canonical, boolean manual,
                    String reason, List<String> notes,
                    @Schema(description = "规则所按的分值：请求给出的，否则原文所写的满分；都没有时为空") String weight,
                    List<ApiSpan> spans) {
        static Compiled of(String text, CompiledRule rule) {
            return new Compiled(text, rule.canonicalText(), rule.manual(), rule.reason(), rule.notes(),
                    rule.weight().map(Score::toString).orElse(""), rule.spans().stream()
                            .map(s -> new ApiSpan(s.part(), s.start(), s.end(), s.text())).toList());
        }
    }

    @Schema(name = "ApiRuleSpan", description = "规则的一部分来自原文的哪一段：部分名称、起止位置（UTF-16 下标，含起不含止）、原文")
    record ApiSpan(@Schema(example = "target") String part, int start, int end, String text) {
    }

    @Schema(name = "ApiLibraryPage", description = "指标库的一页：本页的指标、页码、每页条数（50）、符合条件的总数、可选的类别")
    record LibraryPage(List<LibraryEntry> items, int page, int size, int total, List<String> categories) {
        static LibraryPage of(IndicatorLibrary.Result r) {
            return new LibraryPage(r.entries().stream().map(LibraryEntry::of).toList(), r.page(), IndicatorLibrary.PAGE_SIZE,
                    r.total(), r.categories());
        }
    }

    @Schema(name = "ApiLibraryEntry", description = "指标库中的一个指标：出自哪个体系、另有几个体系含相同指标")
    record LibraryEntry(long frameworkId, String frameworkCode, String frameworkTitle, ApiIndicator indicator,
                        @Schema(description = "另有几个可见体系在同一位置含相同指标") int others) {
        static LibraryEntry of(IndicatorLibrary.Entry e) {
            return new LibraryEntry(e.source().id(), e.source().code(), e.source().title(),
                    FrameworkJson.indicator(e.indicator(), e.path(), e.rule()), e.others());
        }
    }

    private static void walk(List<Node> nodes, List<String> path, List<ApiIndicator> out) {
        for (Node node : nodes) {
            if (node instanceof Group g) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(g.name());
                walk(g.children(), List.copyOf(deeper), out);
            } else {
                Indicator i = (Indicator) node;
                out.add(indicator(i, path, RuleView.of(i)));
            }
        }
    }

    private static ApiIndicator indicator(Indicator i, List<String> path, RuleView rule) {
        return new ApiIndicator(i.code(), i.name(), path, i.weight().map(Score::toString).orElse(""), i.target().text(),
                i.halfYearTarget().text(), i.unitOfMeasure(), i.nature().name(), i.method(), i.isFundsRow(), Rule.of(rule));
    }
}
