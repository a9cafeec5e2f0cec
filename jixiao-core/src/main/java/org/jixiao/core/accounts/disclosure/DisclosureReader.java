package org.jixiao.core.accounts.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.accounts.Classification;
import org.jixiao.core.accounts.ClassificationKind;
import org.jixiao.core.accounts.ShippedClassifications;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.Reviewer;

/**
 * Reads the figures of a disclosure back from its published narrative (第二部分 单位决算情况说明,
 * sections 一 to 十三), when its tables are not published ("见附件").
 *
 * <p><b>Inputs</b> (taken as the tables' figures): every amount the text states — totals, items,
 * shares' parts and wholes, 年初预算 and 决算 of each 项 and of the “三公” items, the economic detail of
 * 六 and 七 (totals and items, each as stated: a total is not replaced by the sum of its items), the
 * 政府采购 amounts of 十二 and the counts of 十三 — and each stated
 * change amount against 年初预算 or 上年决算, from which the base is derived (年初预算 = 总计 − 增加额,
 * 上年决算 = 本年 + 减少额): that base is what the published text implies.
 *
 * <p><b>Never inputs</b> (the generator recomputes them, so a wrong one shows as a difference): every
 * rate of change, share and completion rate, and each 类's change against 年初预算 (recomputed as
 * 类决算 − Σ 项年初预算). 十二's by-kind 中小企业 shares ("货物采购授予中小企业合同金额占货物支出金额的 100%")
 * state no amount: their sentences are read, for pairing with a narrative generated from the tables,
 * but give no input, so a narrative regenerated from the text alone does not have them.
 *
 * <p>Paragraphs cut by a page break are joined as the reviewer joins them. 类 and 项 are given their
 * functional codes when the year's shipped classification resolves their names to one entry.
 */
public final class DisclosureReader {

    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final String S = "\\s*";
    private static final String COMMA = "[，,]?\\s*";
    private static final Pattern CHANGE = Pattern.compile("与" + S + "(年初预算|上年决算)" + S + "相比" + COMMA + "(收、支总计各)?" + S
            + "(增加|减少)" + S + NUM + S + "万元" + COMMA + "(增长|下降|增下降|减少|降低)" + S + NUM + S + "[%％]");
    private static final Pattern SHARE = Pattern.compile("([^，。；：,;:\\s][^，。；：,;:]*?)" + S + NUM + S + "万元[，,]" + S + "占" + S + NUM + S + "[%％]");
    private static final Pattern GENERAL = Pattern.compile("与" + S + "年初预算" + S + NUM + S + "万元" + S + "相比" + COMMA + "完成年初预算的" + S + NUM + S + "[%％]");
    private static final Pattern CATEGORY = Pattern.compile("^(.+?)（类）决算数为" + S + NUM + S + "万元" + COMMA + "与年初预算相比" + S + "(增加|减少)" + S + NUM + S + "万元");
    private static final Pattern ITEM = Pattern.compile("年初预算" + S + NUM + S + "万元" + COMMA + "支出决算" + S + NUM + S + "万元" + COMMA
            + "完成年初预算的" + S + NUM + S + "[%％]");
    private static final Pattern THREE = Pattern.compile("([^，。；：,;:]*?)全年预算" + S + NUM + S + "万元" + COMMA + "支出决算" + S + NUM + S + "万元" + COMMA
            + "完成预算的" + S + NUM + S + "[%％]");
    private static final Pattern AMOUNT = Pattern.compile(NUM + S + "万元");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[（(]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9]+\\s*[.．、])\\s*");
    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+)、");
    private static final Pattern SUBHEADING = Pattern.compile("^\\s*[（(]([一二三四五六七八九十]+)[)）]");
    private static final Pattern LISTED = Pattern.compile("([^，。；：、,;:]+?)" + S + NUM + S + "万元");
    private static final Pattern PROCUREMENT = Pattern.compile("政府采购支出总额" + S + NUM + S + "万元" + COMMA + "(?:其中[:：])?" + S
            + "政府采购货物支出" + S + NUM + S + "万元[、，,]?" + S + "政府采购工程支出" + S + NUM + S + "万元[、，,]?" + S
            + "政府采购服务支出" + S + NUM + S + "万元");
    private static final Pattern AWARDED = Pattern.compile("(政府采购授予中小企业合同金额|授予小微企业合同金额)" + S + NUM + S + "万元" + COMMA
            + "占政府采购支出总额的" + S + NUM + S + "[%％]");
    private static final Pattern BY_KIND = Pattern.compile("(货物|工程|服务)采购授予中小企业合同金额占\\1支出金额的" + S + NUM + S + "[%％]");
    private static final Pattern VEHICLES = Pattern.compile("共有车辆" + S + "(\\d+)" + S + "辆");
    private static final Pattern VEHICLE_KIND = Pattern.compile("([^，。；：、,;:\\s][^，。；：、,;:]*?)" + S + "(\\d+)" + S + "辆");
    private static final Pattern EQUIPMENT = Pattern.compile("单价" + S + "100" + S + "万元[（(]含[)）]以上的?设备[（(]不含车辆[)）]" + S
            + "(\\d+)" + S + "台[（(]套[)）]");
    private static final Pattern UNIT_YEAR = Pattern.compile("^(.*?)\\s*(\\d{4})\\s*年度");

    private DisclosureReader() {
    }

    public static DisclosureReading read(PublishedDocument document) {
        return new State().read(paragraphs(document.paragraphs()));
    }

    /**
     * The paragraphs joined across page breaks as the reviewer joins them (so lines agree with its
     * findings), except that a heading the join glued to the next paragraph ("九、…情况说明" is long
     * and ends without punctuation) is split off again; both parts keep the reviewer's line.
     */
    static List<PublishedDocument.Paragraph> paragraphs(List<PublishedDocument.Paragraph> raw) {
        java.util.Map<Integer, String> first = new java.util.HashMap<>();
        raw.forEach(p -> first.putIfAbsent(p.line(), p.text()));
        List<PublishedDocument.Paragraph> out = new ArrayList<>();
        for (PublishedDocument.Paragraph p : Reviewer.narrativeParagraphs(raw)) {
            String head = first.getOrDefault(p.line(), "");
            boolean heading = HEADING.matcher(head).find() || SUBHEADING.matcher(head).find() || head.strip().startsWith("第");
            if (heading && p.text().length() > head.length() && p.text().startsWith(head)) {
                out.add(new PublishedDocument.Paragraph(p.line(), head));
                out.add(new PublishedDocument.Paragraph(p.line(), p.text().substring(head.length())));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static final class State {
        String unit = "";
        int year;
        Compared totals;
        final List<Compared> incomeItems = new ArrayList<>();
        final List<Compared> expenditureItems = new ArrayList<>();
        Amount income;
        final List<Share> incomeShares = new ArrayList<>();
        Amount expenditure;
        final List<Share> expenditureShares = new ArrayList<>();
        Compared fiscal;
        Compared general;
        final List<String> classNames = new ArrayList<>();
        final List<Amount> classAccounts = new ArrayList<>();
        final List<List<FunctionalItem>> classItems = new ArrayList<>();
        Compared threeCosts;
        final List<Compared> threeItems = new ArrayList<>();
        Amount threeSpent;
        final List<Share> threeShares = new ArrayList<>();
        final List<Compared> threeChanges = new ArrayList<>();
        Compared funds;
        Compared capital;
        Compared running;
        Amount basic;
        final List<Listing> basicGroups = new ArrayList<>();
        Amount project;
        final List<Listing> projectClasses = new ArrayList<>();
        Procurement procurement;
        Assets assets;
        final List<PublishedSentence> sentences = new ArrayList<>();
        Optional<Classification> functional = Optional.empty();

        DisclosureReading read(List<PublishedDocument.Paragraph> paragraphs) {
            boolean inNarrative = false;
            String section = "";
            String sub = "";
            for (PublishedDocument.Paragraph p : paragraphs) {
                String text = p.text().strip();
                if (text.startsWith("第") && text.contains("部分")) {
                    inNarrative = text.contains("决算情况说明");
                    section = "";
                    continue;
                }
                if (!inNarrative) {
                    continue;
                }
                Matcher h = HEADING.matcher(text);
                if (h.find()) {
                    section = h.group(1);
                    sub = "";
                    continue;
                }
                Matcher s = SUBHEADING.matcher(text);
                if (s.find()) {
                    sub = s.group(1);
                }
                paragraph(section, sub, p.line(), text);
            }
            List<FunctionalClass> classes = new ArrayList<>();
            for (int i = 0; i < classNames.size(); i++) {
                classes.add(new FunctionalClass(classNames.get(i), code(classNames.get(i) + "（类）"), classAccounts.get(i), classItems.get(i)));
            }
            Disclosure d = new Disclosure(unit, year, Optional.ofNullable(totals), incomeItems, expenditureItems,
                    Optional.ofNullable(income), incomeShares, Optional.ofNullable(expenditure), expenditureShares,
                    Optional.ofNullable(fiscal), Optional.ofNullable(general), classes,
                    Optional.ofNullable(threeCosts), threeItems, Optional.ofNullable(threeSpent), threeShares, threeChanges,
                    Optional.ofNullable(funds), Optional.ofNullable(capital), Optional.ofNullable(running),
                    Optional.ofNullable(basic), basicGroups, Optional.ofNullable(project), projectClasses,
                    Optional.ofNullable(procurement), Optional.ofNullable(assets));
            return new DisclosureReading(d, sentences);
        }

        private void paragraph(String section, String sub, int line, String text) {
            Matcher uy = UNIT_YEAR.matcher(text);
            if (year == 0 && uy.find()) {
                unit = uy.group(1).strip();
                year = Integer.parseInt(uy.group(2));
                functional = ShippedClassifications.forYear(ClassificationKind.FUNCTIONAL, year);
            }
            switch (section) {
                case "一" -> {
                    if (text.contains("收、支总计各")) {
                        totals = totals("收入、支出决算总计", line, text);
                    } else if (NUMBERING.matcher(text).find()) {
                        changeItem(section, line, text).ifPresent(c -> (sub.equals("二") ? expenditureItems : incomeItems).add(c));
                    }
                }
                case "二" -> income = shares(section, line, text, income, incomeShares);
                case "三" -> expenditure = shares(section, line, text, expenditure, expenditureShares);
                case "四" -> {
                    if (text.contains("收、支总计各")) {
                        fiscal = totals("财政拨款收入、支出决算总计", line, text);
                    }
                }
                case "五" -> functionalExpenditure(line, text);
                case "八" -> threeCosts(line, text);
                case "九" -> funds = changeItem(section, line, text).orElse(funds);
                case "十" -> capital = changeItem(section, line, text).orElse(capital);
                case "十一" -> running = changeItem(section, line, text).orElse(running);
                case "六" -> basic = economic(section, line, text, basic, basicGroups);
                case "七" -> project = economic(section, line, text, project, projectClasses);
                case "十二" -> procurement(line, text);
                case "十三" -> assets(line, text);
                default -> {
                }
            }
        }

        /** "…总计均为 550.07 万元。与年初预算相比，收、支总计各增加 100.91 万元…；与上年决算相比…". */
        private Compared totals(String name, int line, String text) {
            Matcher a = AMOUNT.matcher(text);
            if (!a.find()) {
                return null;
            }
            Compared c = new Compared(name, amount(a.group(1)), Optional.empty(), Optional.empty());
            Matcher m = CHANGE.matcher(text);
            while (m.find()) {
                String subject = name + "·与" + m.group(1) + "相比";
                BigDecimal change = signed(m.group(3), m.group(4));
                Amount base = NarrativeGenerator.wan(c.current().value().subtract(change));
                c = m.group(1).equals("年初预算") ? c.withBudget(base) : c.withPrevious(base);
                changeSentences(sectionOf(name), subject, line, text, m);
            }
            return c;
        }

        private static String sectionOf(String totalsName) {
            return totalsName.startsWith("财政拨款") ? "四" : "一";
        }

        /** "1. 本年收入决算合计 550.07 万元。与上年决算相比，减少 243.46 万元，下降 30.68%，变动原因：…". */
        private Optional<Compared> changeItem(String section, int line, String text) {
            Matcher m = CHANGE.matcher(text);
            Matcher a = AMOUNT.matcher(text);
            if (!m.find() || !a.find() || a.start() > m.start()) {
                return Optional.empty();
            }
            String name = subject(text.substring(0, a.start()));
            BigDecimal change = signed(m.group(3), m.group(4));
            Amount current = amount(a.group(1));
            String subject = name + "·与" + m.group(1) + "相比";
            changeSentences(section, subject, line, text, m);
            Compared c = new Compared(name, current, Optional.empty(), Optional.empty());
            Amount base = NarrativeGenerator.wan(current.value().subtract(change));
            return Optional.of(m.group(1).equals("年初预算") ? c.withBudget(base) : c.withPrevious(base));
        }

        private void changeSentences(String section, String subject, int line, String text, Matcher m) {
            sentences.add(new PublishedSentence(key(section, subject, Sentence.Family.CHANGE), line, m.group().strip()));
            sentences.add(new PublishedSentence(key(section, subject, Sentence.Family.CAUSE), line, causeAfter(text, m.end())));
        }

        /** The words after a figure up to the end of its sentence ("变动原因：…"), or "" when there are none. */
        private static String causeAfter(String text, int from) {
            String rest = text.substring(from);
            int end = indexOfAny(rest, "；;。");
            rest = (end < 0 ? rest : rest.substring(0, end)).strip();
            while (rest.startsWith("，") || rest.startsWith(",")) {
                rest = rest.substring(1).strip();
            }
            return rest;
        }

        private static int indexOfAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        /** "本年收入决算合计 550.07 万元，其中：" announces the whole; "X N 万元，占 Z%" are its parts. */
        private Amount shares(String section, int line, String text, Amount whole, List<Share> parts) {
            if (text.contains("其中") && !SHARE.matcher(text).find()) {
                Matcher a = AMOUNT.matcher(text);
                return a.find() ? amount(a.group(1)) : whole;
            }
            Matcher m = SHARE.matcher(text);
            while (m.find()) {
                String name = subject(m.group(1));
                parts.add(new Share(name, amount(m.group(2))));
                sentences.add(new PublishedSentence(key(section, name, Sentence.Family.SHARE), line,
                        text.substring(m.start(1), m.end()).strip()));
            }
            return whole;
        }

        private void functionalExpenditure(int line, String text) {
            Matcher g = GENERAL.matcher(text);
            if (g.find()) {
                Matcher a = AMOUNT.matcher(text);
                a.find();
                String name = "一般公共预算财政拨款支出决算";
                general = new Compared(name, amount(a.group(1)), Optional.of(amount(g.group(1))), Optional.empty());
                sentences.add(new PublishedSentence(key("五", name, Sentence.Family.COMPLETION), line, g.group().strip()));
                return;
            }
            Matcher c = CATEGORY.matcher(text);
            if (c.find()) {
                String name = c.group(1).strip();
                classNames.add(name);
                classAccounts.add(amount(c.group(2)));
                classItems.add(new ArrayList<>());
                sentences.add(new PublishedSentence(key("五", name + "（类）", Sentence.Family.CATEGORY), line, c.group().strip()));
                return;
            }
            Matcher i = ITEM.matcher(text);
            if (i.find() && !classItems.isEmpty()) {
                String name = NUMBERING.matcher(text.substring(0, i.start())).replaceFirst("").strip();
                while (name.endsWith("。") || name.endsWith(".")) {
                    name = name.substring(0, name.length() - 1).strip();
                }
                String classText = classNames.get(classNames.size() - 1) + "（类）" + name;
                classItems.get(classItems.size() - 1).add(new FunctionalItem(name, code(classText), amount(i.group(1)), amount(i.group(2))));
                sentences.add(new PublishedSentence(key("五", name, Sentence.Family.COMPLETION), line, i.group().strip()));
                sentences.add(new PublishedSentence(key("五", name, Sentence.Family.CAUSE), line, causeAfter(text.substring(0, i.end()) + text.substring(i.end()).replaceFirst("^\\s*[。.]", ""), i.end())));
            }
        }

        private void threeCosts(int line, String text) {
            Matcher t = THREE.matcher(text);
            boolean first = true;
            while (t.find()) {
                String name = subject(t.group(1));
                Compared c = new Compared(name, amount(t.group(3)), Optional.of(amount(t.group(2))), Optional.empty());
                if (first && threeCosts == null) {
                    threeCosts = c;
                } else {
                    threeItems.add(c);
                }
                first = false;
                int start = t.group(1).contains("年度") ? t.start(1) + t.group(1).indexOf("年度") + 2 : t.start(1);
                sentences.add(new PublishedSentence(key("八", name, Sentence.Family.COMPLETION), line, text.substring(start, t.end()).strip()));
            }
            if (SHARE.matcher(text).find()) {
                Matcher a = AMOUNT.matcher(text);
                a.find();
                threeSpent = amount(a.group(1));
                shares("八", line, text.substring(text.indexOf("。") + 1), threeSpent, threeShares);
                return;
            }
            if (NUMBERING.matcher(text).find()) {
                changeItem("八", line, text).ifPresent(threeChanges::add);
            }
        }

        /**
         * 六, 七: "…一般公共预算财政拨款基本支出决算 488.17 万元，其中：" (the total, unnumbered) or "(一) 人员经费
         * 466.31 万元。主要包括：基本工资 142.83 万元、…" (a group and its items).
         */
        private Amount economic(String section, int line, String text, Amount total, List<Listing> groups) {
            Matcher a = AMOUNT.matcher(text);
            if (!a.find()) {
                return total;
            }
            String name = subject(text.substring(0, a.start()));
            int nameAt = text.indexOf(name, text.startsWith("(") || text.startsWith("（") ? 1 : 0);
            if (!NUMBERING.matcher(text).find()) {
                if (total == null && !name.isEmpty()) {
                    sentences.add(new PublishedSentence(key(section, name, Sentence.Family.LISTING), line, text.substring(nameAt, a.end()).strip()));
                    return amount(a.group(1));
                }
                return total;
            }
            List<Share> items = new ArrayList<>();
            int end = a.end();
            int listed = text.indexOf("包括");
            if (listed >= 0) {
                Matcher m = LISTED.matcher(text);
                m.region(listed + 2, text.length());
                while (m.find()) {
                    items.add(new Share(m.group(1).replaceFirst("^[：:]", "").strip(), amount(m.group(2))));
                    end = m.end();
                }
            }
            groups.add(new Listing(name, amount(a.group(1)), items));
            sentences.add(new PublishedSentence(key(section, name, Sentence.Family.LISTING), line, text.substring(Math.max(nameAt, 0), end).strip()));
            return total;
        }

        /** 十二: the total and its parts, the 中小企业 / 小微企业 contracts; the by-kind shares as sentences only. */
        private void procurement(int line, String text) {
            Matcher p = PROCUREMENT.matcher(text);
            if (!p.find()) {
                return;
            }
            sentences.add(new PublishedSentence(key("十二", "政府采购支出总额", Sentence.Family.LISTING), line, p.group().strip()));
            Amount sme = null;
            Amount small = null;
            Matcher w = AWARDED.matcher(text);
            while (w.find()) {
                if (w.group(1).contains("中小企业")) {
                    sme = amount(w.group(2));
                } else {
                    small = amount(w.group(2));
                }
                sentences.add(new PublishedSentence(key("十二", w.group(1), Sentence.Family.SHARE), line, w.group().strip()));
            }
            Matcher k = BY_KIND.matcher(text);
            while (k.find()) {
                sentences.add(new PublishedSentence(key("十二", k.group(1) + "采购授予中小企业合同金额", Sentence.Family.SHARE), line, k.group().strip()));
            }
            procurement = new Procurement(amount(p.group(1)), amount(p.group(2)), amount(p.group(3)), amount(p.group(4)),
                    Optional.ofNullable(sme), Optional.ofNullable(small), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** 十三: "共有车辆 2 辆，其中：…其他用车 0 辆；单价 100 万元（含）以上的设备（不含车辆）0 台（套）". */
        private void assets(int line, String text) {
            Matcher v = VEHICLES.matcher(text);
            Matcher e = EQUIPMENT.matcher(text);
            boolean hasVehicles = v.find();
            boolean hasEquipment = e.find();
            if (!hasVehicles && !hasEquipment) {
                return;
            }
            Optional<Long> vehicles = Optional.empty();
            List<Assets.Count> kinds = new ArrayList<>();
            if (hasVehicles) {
                vehicles = Optional.of(Long.parseLong(v.group(1)));
                int end = v.end();
                int stop = indexOfAny(text.substring(end), "；;。");
                String clause = stop < 0 ? text.substring(end) : text.substring(end, end + stop);
                Matcher k = VEHICLE_KIND.matcher(clause);
                int last = 0;
                while (k.find()) {
                    kinds.add(new Assets.Count(k.group(1).replaceFirst("^其中[:：]", "").strip(), Long.parseLong(k.group(2))));
                    last = k.end();
                }
                sentences.add(new PublishedSentence(key("十三", "车辆", Sentence.Family.LISTING), line,
                        text.substring(v.start(), end + last).strip()));
            }
            Optional<Long> equipment = Optional.empty();
            if (hasEquipment) {
                equipment = Optional.of(Long.parseLong(e.group(1)));
                sentences.add(new PublishedSentence(key("十三", NarrativeGenerator.EQUIPMENT, Sentence.Family.LISTING), line, e.group().strip()));
            }
            assets = new Assets(vehicles, kinds, equipment);
        }

        /** The name before a figure: numbering, "其中：", the unit and the year ("…2024 年度") removed. */
        private static String subject(String before) {
            String s = NUMBERING.matcher(before).replaceFirst("").strip();
            int year = s.indexOf("年度");
            if (year >= 0 && UNIT_YEAR.matcher(s).find()) {
                s = s.substring(year + 2).strip();
            }
            s = s.replaceFirst("^其中[:：]", "").strip();
            return s;
        }

        private Optional<String> code(String name) {
            return functional.flatMap(f -> f.resolveOne(name)).map(e -> e.code());
        }

        private static Amount amount(String text) {
            return NarrativeGenerator.wan(Decimals.parseOrNull(text.replace(",", "")));
        }

        private static BigDecimal signed(String word, String number) {
            BigDecimal value = Decimals.parseOrNull(number.replace(",", ""));
            return word.equals("减少") ? value.negate() : value;
        }
    }

    static String key(String section, String subject, Sentence.Family family) {
        return section + "｜" + subject + "｜" + family;
    }
}
