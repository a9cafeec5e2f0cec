package org.jixiao.web.monitoring;

import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.number.Amount;

/** Records as the monitoring log and messages write them, in Chinese (the log keeps what was shown). */
final class Texts {

    /** The unit as a whole, where a record's project or item is empty. */
    static final String WHOLE_UNIT = "部门整体";

    private Texts() {
    }

    static String subject(String projectOrItem) {
        return projectOrItem.isEmpty() ? WHOLE_UNIT : projectOrItem;
    }

    static String figure(ExecutionFigure figure) {
        if (figure instanceof ExecutionFigure.Amounts a) {
            return "全年预算数" + plain(a.budget()) + "，累计执行数" + plain(a.executed());
        }
        return "累计支出进度" + ((ExecutionFigure.Stated) figure).rate().percent().toPlainString() + "%";
    }

    static String indicator(String name, String periodTarget, String yearTarget, String actual) {
        return name + "：本期指标值" + periodTarget + "，全年指标值" + yearTarget + "，实际完成值" + actual;
    }

    static String deviation(CauseCategory cause, String explanation, String action, Likelihood likelihood) {
        return "原因类别" + cause.label() + "；原因说明" + explanation + "；纠偏措施" + action + "；完成可能性" + likelihood.label();
    }

    static String plan(String label, Amount halfYear, Amount fullYear) {
        return label + " " + plain(halfYear) + "/" + plain(fullYear);
    }

    /** An amount exactly as entered, with its unit (1093.84万元). */
    static String plain(Amount amount) {
        return amount.value().toPlainString() + amount.unit().label();
    }
}
