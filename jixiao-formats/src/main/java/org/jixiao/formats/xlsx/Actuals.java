package org.jixiao.formats.xlsx;

import java.math.BigDecimal;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jixiao.core.measure.Actual;

/** The 实际完成值 cell for each kind of entry: a reading as written, structured input as a short text. */
final class Actuals {

    private Actuals() {
    }

    static String text(Actual actual) {
        if (actual instanceof Actual.Reading reading) {
            return reading.text();
        }
        if (actual instanceof Actual.Executed executed) {
            return "执行" + executed.executed() + "／预算" + executed.budget();
        }
        if (actual instanceof Actual.Checklist checklist) {
            return "达到第" + new TreeMap<>(checklist.earned()).keySet().stream().map(String::valueOf)
                    .collect(Collectors.joining("、")) + "项";
        }
        if (actual instanceof Actual.Count count) {
            return plain(count.count()) + "次";
        }
        if (actual instanceof Actual.Variables variables) {
            return new TreeMap<>(variables.values()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + plain(e.getValue())).collect(Collectors.joining("；"));
        }
        if (actual instanceof Actual.Items items) {
            return String.join("、", items.names());
        }
        return "";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

}
