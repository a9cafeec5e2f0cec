package org.jixiao.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.web.evaluations.Status;
import org.jixiao.web.organisation.Role;
import org.junit.jupiter.api.Test;

/**
 * Chinese first, English second, nothing hard-coded: every message key exists in both languages,
 * every key a template names exists, and no template shows text that is not a message.
 */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<String> BUNDLES = List.of("messages", "i18n/frameworks", "i18n/reports", "i18n/api", "i18n/organisation", "i18n/indicators", "i18n/exports", "i18n/monitoring", "i18n/accounts");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void everyKeyExistsInChineseAndEnglish() {
        for (String bundle : BUNDLES) {
            Set<String> zh = load(bundle + ".properties").stringPropertyNames();
            Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(en)).as(bundle + ": keys in Chinese but not in English, or the reverse")
                    .isEqualTo(new TreeSet<>(zh));
        }
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> known = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(RESOURCES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleAndStatusHasItsName() {
        Set<String> known = allKeys();
        for (Role r : Role.values()) {
            assertThat(known).contains(r.messageKey());
        }
        for (Status s : Status.values()) {
            assertThat(known).contains(s.messageKey());
        }
    }

    @Test
    void templatesShowNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            for (String text : visibleText(Files.readString(template))) {
                found.add(RESOURCES.relativize(template) + ": “" + text + "”");
            }
        }
        assertThat(found).as("text outside th:text/th:utext/th:replace elements; use a message key").isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        assertThat(visibleText("<p th:text=\"#{a}\">placeholder</p><p>保存</p><span>Save</span>"))
                .containsExactly("保存", "Save");
        assertThat(visibleText("<td>·</td><input name=x><br/><td th:text=\"${x}\"><b>ignored</b></td>")).isEmpty();
    }

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Set<String> VOID = Set.of("input", "meta", "link", "br", "img", "hr", "source", "col", "area", "base", "wbr");
    // what may stand between elements without a message: punctuation, symbols, numbers
    private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}\\p{S}\\d·：，（）ⓘ、—–]*");

    /** Text a template shows that does not come from a message or an expression. */
    static List<String> visibleText(String page) {
        String html = page.replaceAll("(?is)<(script|style)\\b[^>]*>.*?</\\1>", "");
        List<String> out = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        replaced.push(false);
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            String text = html.substring(last, m.start()).strip();
            if (!replaced.peek() && !text.isEmpty() && !NEUTRAL.matcher(text).matches()) {
                out.add(text);
            }
            last = m.end();
            if (m.group(2) == null) {
                continue; // comment
            }
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(4).isEmpty() || VOID.contains(name);
            if (closing) {
                if (replaced.size() > 1) {
                    replaced.pop();
                }
            } else if (!selfClosing) {
                String attrs = m.group(3);
                boolean replaces = attrs.contains("th:text") || attrs.contains("th:utext")
                        || attrs.contains("th:replace") || attrs.contains("th:insert");
                replaced.push(replaced.peek() || replaces);
            }
        }
        return out;
    }

    private static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return p;
    }
}
