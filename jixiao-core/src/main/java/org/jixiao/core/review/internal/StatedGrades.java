package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.PublishedDocument;

/** The score and grade a report states in its text: "自评得分为97.9分,评价等级为优", "得分为 97.83 分,整体评价为"优"". */
public final class StatedGrades {

    private static final Pattern STATED = Pattern.compile(
            "得分(?:为)?(\\d+(?:\\.\\d+)?)分[,，]?(?:评价等级为|整体评价为|等级为|评价为)[\"“”']?(优秀|优|良好|良|中|合格|差|不合格)");

    private StatedGrades() {
    }

    /** A score and grade stated together, and where. */
    public record Stated(int line, Score score, String grade) {
    }

    public static List<Stated> find(List<PublishedDocument.Paragraph> paragraphs) {
        List<Stated> out = new ArrayList<>();
        for (PublishedDocument.Paragraph p : paragraphs) {
            Matcher m = STATED.matcher(Cells.compact(p.text()));
            while (m.find()) {
                out.add(new Stated(p.line(), Score.of(m.group(1)), normalise(m.group(2))));
            }
        }
        return out;
    }

    /** 优秀 → 优, 良好 → 良: the national grade names. */
    static String normalise(String grade) {
        return switch (grade) {
            case "优秀" -> "优";
            case "良好" -> "良";
            case "合格" -> "中";
            case "不合格" -> "差";
            default -> grade;
        };
    }

    public static String gradeOf(Score total) {
        return GradeScale.NATIONAL.gradeOf(total).name();
    }
}
