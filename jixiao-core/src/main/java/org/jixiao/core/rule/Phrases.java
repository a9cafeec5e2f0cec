package org.jixiao.core.rule;

import java.util.Set;
import org.jixiao.core.measure.ValueText;

/** Fixed phrasings of "done" and "not done" that appear as actual values in real tables. */
final class Phrases {

    private static final Set<String> ACHIEVED = Set.of(
            "达成预期指标", "达到预期指标", "达成预期目标", "达到预期目标", "达成预期", "达到预期",
            "已达成", "达成", "已完成", "完成", "按时完成", "如期完成", "全部完成", "已全部完成",
            "按期完成", "达标", "已达标");

    private static final Set<String> NOT_ACHIEVED = Set.of(
            "未完成", "未达成", "未达到", "未达标", "延期", "延期完成", "未按时完成", "未按期完成");

    private static final Set<String> YES = Set.of("是", "有", "已建立", "已执行", "已公开", "已开展");
    private static final Set<String> NO = Set.of("否", "无", "未建立", "未执行", "未公开", "未开展");

    private Phrases() {
    }

    static boolean achieved(String label) {
        return ACHIEVED.contains(ValueText.label(label));
    }

    static boolean notAchieved(String label) {
        return NOT_ACHIEVED.contains(ValueText.label(label));
    }

    static boolean yes(String label) {
        return YES.contains(ValueText.label(label)) || achieved(label);
    }

    static boolean no(String label) {
        return NO.contains(ValueText.label(label)) || notAchieved(label);
    }
}
