package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.review.Stated;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;

/**
 * Checks the sentences of a report that state a figure against another: a change and its rate
 * ("增加 100.91 万元，增长 22.35%"), a share ("528.68 万元，占 96.11%"), a completion rate ("年初预算
 * 350.75 万元，支出决算 421.99 万元，完成年初预算的 120.31%"), an overall execution rate stated
 * beside the budget and the accounts, and a category's change against the sum of its items. Every
 * stated figure counts with its written precision, so rounding alone is never reported.
 */
public final class NarrativeReview {

    // Patterns run on compacted text: full-width punctuation is folded ("，" → ",", "（" → "(", "：" → ":").
    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final Pattern AMOUNT = Pattern.compile(NUM + "万元");
    private static final Pattern CHANGE = Pattern.compile("(增加|减少)" + NUM + "万元[，,]?(增长|下降|增下降|减少|降低)" + NUM + "%");
    private static final Pattern SHARE = Pattern.compile(NUM + "万元[，,]占(?:[^，。；%\\d]{0,20}的)?" + NUM + "%");
    private static final Pattern COMPLETION = Pattern.compile("完成(?:年初)?预算的" + NUM + "%");
    private static final Pattern BUDGET = Pattern.compile("(?:年初预算|全年预算数|全年预算|预算数)(?:为)?" + NUM + "万元");
    private static final Pattern SPENT = Pattern.compile("(?:支出决算|决算数|执行数)(?:为)?" + NUM + "万元");
    private static final Pattern ADJUSTED = Pattern.compile("调整(?:后)?预算数(?:为)?" + NUM + "万元");
    private static final Pattern ACCOUNTS = Pattern.compile("支出决算数(?:为)?" + NUM + "万元");
    private static final Pattern OVERALL_RATE = Pattern.compile("(?:整体|部门预算)执行率(?:为)?" + NUM + "%");
    private static final Pattern CATEGORY = Pattern.compile("\\(类\\)决算数为" + NUM + "万元,与年初预算相比(增加|减少)" + NUM + "万元");
    private static final Pattern ITEM = Pattern.compile("年初预算" + NUM + "万元[，,]?支出决算" + NUM + "万元");
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、");

    private NarrativeReview() {
    }

    public static List<Finding> review(List<PublishedDocument.Paragraph> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        List<PublishedDocument.Paragraph> sentences = joinBrokenLines(paragraphs);
        Optional<Stated> listWhole = Optional.empty();
        Optional<Stated> adjusted = Optional.empty();
        Optional<Stated> accounts = Optional.empty();
        Category category = null;
        for (PublishedDocument.Paragraph p : sentences) {
            String text = Cells.compact(p.text());
            changes(text, p.line(), findings);
            listWhole = shares(text, p.line(), listWhole, findings);
            completions(text, p.line(), findings);
            Matcher m = ADJUSTED.matcher(text);
            if (m.find()) {
                adjusted = Stated.of(m.group(1));
            }
            m = ACCOUNTS.matcher(text);
            if (m.find()) {
                accounts = Stated.of(m.group(1));
            }
            overallRate(text, p.line(), adjusted, accounts, findings);
            Matcher c = CATEGORY.matcher(text);
            if (c.find() || HEADING.matcher(text).find()) {
                if (category != null) {
                    category.check(findings);
                    category = null;
                }
                if (c.find(0)) {
                    category = new Category(p.line(), text.substring(0, text.indexOf("(类)")), Stated.of(c.group(1)).get(),
                            c.group(2).equals("增加"), Stated.of(c.group(3)).get());
                }
            } else if (category != null) {
                Matcher item = ITEM.matcher(text);
                if (item.find()) {
                    category.add(Stated.of(item.group(1)).get(), Stated.of(item.group(2)).get());
                }
            }
        }
        if (category != null) {
            category.check(findings);
        }
        return findings;
    }

    /** A paragraph cut at a page break ("完成年" | "初预算的 109.5%") is joined with the next one. */
    public static List<PublishedDocument.Paragraph> joinBrokenLines(List<PublishedDocument.Paragraph> paragraphs) {
        List<PublishedDocument.Paragraph> out = new ArrayList<>();
        PublishedDocument.Paragraph pending = null;
        for (PublishedDocument.Paragraph p : paragraphs) {
            if (pending != null) {
                p = new PublishedDocument.Paragraph(pending.line(), pending.text() + p.text());
                pending = null;
            }
            String t = p.text().strip();
            boolean open = !t.isEmpty() && "。；;：:！？!?）)”".indexOf(t.charAt(t.length() - 1)) < 0
                    && t.length() > 20 && Cells.compact(t).matches(".*[\\u4e00-\\u9fff]$");
            if (open) {
                pending = p;
            } else {
                out.add(p);
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static void changes(String text, int line, List<Finding> findings) {
        Matcher m = CHANGE.matcher(text);
        while (m.find()) {
            Optional<Stated> subject = subjectBefore(text, m.start());
            Optional<Stated> change = Stated.of(m.group(2));
            Optional<Stated> rate = Stated.of(m.group(4));
            if (subject.isEmpty() || change.isEmpty() || rate.isEmpty()) {
                continue;
            }
            boolean up = m.group(1).equals("增加");
            Stated x = subject.get();
            Stated y = change.get();
            // The base the change is measured from: x − y after an increase, x + y after a decrease.
            BigDecimal base = up ? x.value().subtract(y.value()) : x.value().add(y.value());
            BigDecimal spread = x.halfUnit().add(y.halfUnit());
            if (base.signum() <= 0) {
                continue;
            }
            if (!rate.get().isPercentOf(y.low(), y.high(), base.subtract(spread), base.add(spread))) {
                String expected = rate.get().expectedPercent(y.value(), base);
                findings.add(Finding.of(Check.NARRATIVE_CHANGE_MISMATCH, "", sentence(text, m.start()), line,
                        "由" + x + "万元与" + (up ? "增加" : "减少") + y + "万元推得基数为" + base.toPlainString() + "万元，"
                                + (up ? "增长" : "下降") + "应为" + expected + "%，文中为" + rate.get() + "%",
                        expected, rate.get().toString()));
            }
        }
    }

    /** The amount the change is about: the last one before it that is not itself a change. */
    private static Optional<Stated> subjectBefore(String text, int end) {
        Matcher a = AMOUNT.matcher(text.substring(0, end));
        Optional<Stated> last = Optional.empty();
        while (a.find()) {
            String before = text.substring(Math.max(0, a.start() - 2), a.start());
            if (before.endsWith("增加") || before.endsWith("减少")) {
                continue;
            }
            last = Stated.of(a.group(1));
        }
        return last;
    }

    /**
     * Checks "X 万元，占 Z%" against the whole it is a share of: the amount before "其中" in the same
     * paragraph, else the whole announced by a previous paragraph ending in "其中：" (a list of
     * items, one a paragraph), else the paragraph's first amount. Returns the whole that the next
     * paragraph's shares refer to.
     */
    private static Optional<Stated> shares(String text, int line, Optional<Stated> listWhole, List<Finding> findings) {
        int other = text.indexOf("其中");
        Optional<Stated> whole = other > 0 ? lastMatch(AMOUNT, text.substring(0, other)) : Optional.empty();
        boolean announcesList = other > 0 && (text.endsWith("：") || text.endsWith(":"));
        Matcher shares = SHARE.matcher(text);
        boolean any = false;
        while (shares.find()) {
            any = true;
            Optional<Stated> w = whole.or(() -> listWhole).or(() -> firstAmountBefore(text, shares.start()));
            Optional<Stated> part = Stated.of(shares.group(1));
            Optional<Stated> share = Stated.of(shares.group(2));
            if (w.isEmpty() || part.isEmpty() || share.isEmpty() || w.get().value().signum() <= 0) {
                continue;
            }
            Stated x = part.get();
            if (!share.get().isPercentOf(x.low(), x.high(), w.get().low(), w.get().high())) {
                String expected = share.get().expectedPercent(x.value(), w.get().value());
                findings.add(Finding.of(Check.NARRATIVE_SHARE_MISMATCH, "", sentence(text, shares.start()), line,
                        x + "万元占" + w.get() + "万元的" + expected + "%，文中为" + share.get() + "%", expected, share.get().toString()));
            }
        }
        if (announcesList) {
            return whole;
        }
        return any ? listWhole : Optional.empty();
    }

    /** The paragraph's first amount, when it comes before the share (and so is not the share's own part). */
    private static Optional<Stated> firstAmountBefore(String text, int shareStart) {
        Matcher first = AMOUNT.matcher(text);
        return first.find() && first.end() < shareStart ? Stated.of(first.group(1)) : Optional.empty();
    }

    private static void completions(String text, int line, List<Finding> findings) {
        Matcher m = COMPLETION.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            Optional<Stated> budget = lastMatch(BUDGET, before);
            Optional<Stated> spent = lastMatch(SPENT, before);
            Optional<Stated> rate = Stated.of(m.group(1));
            if (budget.isEmpty() || spent.isEmpty() || rate.isEmpty() || budget.get().value().signum() <= 0) {
                continue;
            }
            Stated a = budget.get();
            Stated b = spent.get();
            if (!rate.get().isPercentOf(b.low(), b.high(), a.low(), a.high())) {
                String expected = rate.get().expectedPercent(b.value(), a.value());
                findings.add(Finding.of(Check.NARRATIVE_RATE_MISMATCH, "", sentence(text, m.start()), line,
                        b + " ÷ " + a + " = " + expected + "%，文中为" + rate.get() + "%", expected, rate.get().toString()));
            }
        }
    }

    private static void overallRate(String text, int line, Optional<Stated> adjusted, Optional<Stated> accounts,
                                    List<Finding> findings) {
        Matcher m = OVERALL_RATE.matcher(text);
        while (m.find()) {
            Optional<Stated> rate = Stated.of(m.group(1));
            if (adjusted.isEmpty() || accounts.isEmpty() || rate.isEmpty() || adjusted.get().value().signum() <= 0) {
                continue;
            }
            Stated a = adjusted.get();
            Stated b = accounts.get();
            if (!rate.get().isPercentOf(b.low(), b.high(), a.low(), a.high())) {
                String expected = rate.get().expectedPercent(b.value(), a.value());
                findings.add(Finding.of(Check.NARRATIVE_RATE_MISMATCH, "", sentence(text, m.start()), line,
                        "整体执行率应为支出决算数" + b + "万元 ÷ 调整预算数" + a + "万元 = " + expected + "%，文中为" + rate.get() + "%",
                        expected, rate.get().toString()));
            }
        }
    }

    private static Optional<Stated> lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Optional<Stated> last = Optional.empty();
        while (m.find()) {
            last = Stated.of(m.group(1));
        }
        return last;
    }

    /** The clause around a position, for the finding's row: from the previous sentence end to the next. */
    private static String sentence(String text, int at) {
        int start = at;
        while (start > 0 && "。；;".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && "。；;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String s = text.substring(start, end);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** A 类 of expenditure and its 项: the items' budgets and accounts must explain the category's change. */
    private static final class Category {
        private final int line;
        private final String name;
        private final Stated accounts;
        private final boolean up;
        private final Stated change;
        private final List<Stated> budgets = new ArrayList<>();
        private final List<Stated> spent = new ArrayList<>();

        Category(int line, String name, Stated accounts, boolean up, Stated change) {
            this.line = line;
            this.name = name;
            this.accounts = accounts;
            this.up = up;
            this.change = change;
        }

        void add(Stated budget, Stated actual) {
            budgets.add(budget);
            spent.add(actual);
        }

        void check(List<Finding> findings) {
            if (budgets.isEmpty()) {
                return;
            }
            BigDecimal budget = budgets.stream().map(Stated::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual = spent.stream().map(Stated::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tolerance = budgets.stream().map(Stated::halfUnit).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(accounts.halfUnit()).add(change.halfUnit());
            BigDecimal expected = accounts.value().subtract(budget);
            BigDecimal stated = up ? change.value() : change.value().negate();
            if (expected.subtract(stated).abs().compareTo(tolerance) > 0) {
                String shown = Decimals.canonical(expected.abs()).toPlainString();
                findings.add(Finding.of(Check.NARRATIVE_CHANGE_MISMATCH, "", name + "（类）", line,
                        name + "（类）决算数" + accounts + "万元，其下各项年初预算合计" + Decimals.canonical(budget).toPlainString()
                                + "万元，与年初预算相比应" + (expected.signum() >= 0 ? "增加" : "减少") + shown + "万元，文中为"
                                + (up ? "增加" : "减少") + change + "万元",
                        shown, change.toString()));
            }
            BigDecimal actualTolerance = spent.stream().map(Stated::halfUnit).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(accounts.halfUnit());
            if (actual.subtract(accounts.value()).abs().compareTo(actualTolerance) > 0) {
                findings.add(Finding.of(Check.AMOUNT_SUM_MISMATCH, "", name + "（类）", line,
                        name + "（类）决算数" + accounts + "万元，其下各项支出决算合计" + Decimals.canonical(actual).toPlainString() + "万元",
                        Decimals.canonical(actual).toPlainString(), accounts.toString()));
            }
        }
    }
}
