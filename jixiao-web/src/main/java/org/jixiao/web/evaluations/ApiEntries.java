package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.framework.Indicator;

/**
 * What a client sends to save or preview a table. Rows are keyed by indicator code; a row or a
 * field left out (null) keeps what the table has, an empty string clears it. {@code funds} null
 * keeps the funds lines; given, it replaces them line by line.
 */
@Schema(description = "填报内容：按指标编码给出各行；未给出的行或字段保持原值，空字符串表示清空")
public record ApiEntries(@Schema(description = "读取时的版本号（保存时必填）", example = "3") Integer version,
                         Map<String, Entry> entries,
                         @Schema(description = "资金行：第0行为年度资金总额，其后为各资金来源；金额单位万元") List<Funds> funds) {

    @Schema(name = "ApiEntry", description = "一行的填报：实际完成值、人工认定得分及理由、偏差原因、不适用理由")
    public record Entry(String actual, String judgementScore, String judgementReason, String deviationReason,
                        String notApplicable) {
    }

    @Schema(name = "ApiFunds", description = "资金行（万元，按输入原样保存）")
    public record Funds(String name, String initial, String adjusted, String executed) {
    }

    /**
     * The table's entries with this request applied. Starts from the framework's indicators (not
     * from whatever rows are stored), so only a code the client names can be unknown — and the
     * workflow refuses that.
     */
    Entries applyTo(Workflow.Opened opened) {
        Entries current = opened.entries();
        Map<String, Entries.Entry> rows = new LinkedHashMap<>();
        for (Indicator i : opened.framework().indicators()) {
            rows.put(i.code(), current.row(i.code()));
        }
        if (entries != null) {
            entries.forEach((code, given) -> {
                Entries.Entry was = current.row(code);
                Entry g = given == null ? new Entry(null, null, null, null, null) : given;
                rows.put(code, new Entries.Entry(or(g.actual(), was.actual()), or(g.judgementScore(), was.judgementScore()),
                        or(g.judgementReason(), was.judgementReason()), or(g.deviationReason(), was.deviationReason()),
                        or(g.notApplicable(), was.notApplicable())));
            });
        }
        List<Entries.Funds> lines = current.funds();
        if (funds != null) {
            lines = new ArrayList<>();
            for (int n = 0; n < funds.size(); n++) {
                Entries.Funds was = n < current.funds().size() ? current.funds().get(n) : new Entries.Funds("", "", "", "");
                Funds f = funds.get(n) == null ? new Funds(null, null, null, null) : funds.get(n);
                lines.add(new Entries.Funds(or(f.name(), was.name()), or(f.initial(), was.initial()),
                        or(f.adjusted(), was.adjusted()), or(f.executed(), was.executed())));
            }
        }
        return new Entries(rows, lines);
    }

    private static String or(String given, String was) {
        return given == null ? was : given;
    }
}
