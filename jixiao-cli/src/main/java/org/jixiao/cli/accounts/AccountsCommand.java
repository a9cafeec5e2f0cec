package org.jixiao.cli.accounts;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.cli.PublishedFiles;
import org.jixiao.core.accounts.disclosure.Regeneration;
import org.jixiao.core.accounts.disclosure.SentencePair;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao accounts FILE}: regenerates a published final-accounts narrative from its own figures, beside the published text. */
@Command(name = "accounts",
        description = {"由决算公开文本中的数字重新生成“单位决算情况说明”，与公开的句子逐句对照，标出差异。",
                "Regenerate a published final-accounts narrative from its own figures and show where it differs."},
        mixinStandardHelpOptions = true)
public final class AccountsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "决算公开文件：Word（.docx），或文本、Markdown（UTF-8）")
    Path file;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublishedDocument document = PublishedFiles.read(file);
        List<SentencePair> pairs = Regeneration.of(document);
        if (pairs.isEmpty()) {
            err.println("错误：" + file + " 中没有找到“单位决算情况说明”中可以重算的句子");
            return Jixiao.USAGE;
        }
        if (output.json()) {
            Map<String, Object> o = Json.object();
            o.put("source", document.source());
            o.put("sentences", pairs.stream().map(AccountsCommand::json).toList());
            out.print(Json.write(o));
        } else {
            text(document.source(), pairs, out);
        }
        return pairs.stream().anyMatch(SentencePair::differs) ? Jixiao.FOUND_ERRORS : Jixiao.OK;
    }

    private static Map<String, Object> json(SentencePair p) {
        Map<String, Object> o = Json.object();
        o.put("section", p.section());
        o.put("subject", p.subject());
        o.put("family", p.family().name());
        o.put("line", p.line());
        o.put("placeholder", p.isPlaceholder());
        o.put("published", p.published());
        o.put("generated", p.generated());
        o.put("differs", p.differs());
        o.put("findings", p.findings().stream().map(Finding::code).toList());
        return o;
    }

    private static void text(String source, List<SentencePair> pairs, PrintWriter out) {
        long differing = pairs.stream().filter(SentencePair::differs).count();
        long generated = pairs.stream().filter(p -> !p.isPlaceholder()).count();
        out.printf("%s：重算 %d 句，%d 句与公开文本有差异；变动原因 %d 处留待单位填写%n", source, generated, differing,
                pairs.size() - generated);
        String section = "";
        for (SentencePair p : pairs) {
            if (!p.section().equals(section)) {
                section = p.section();
                out.printf("%n［%s］%n", section);
            }
            out.printf("%s %s%s%n", p.differs() ? "✗ 差异" : p.isPlaceholder() ? "… 待填" : p.sameText() ? "✓ 一致" : "≈ 数字一致（措辞或写法不同）", p.subject(),
                    p.line() > 0 ? "（第" + p.line() + "行）" : "");
            out.printf("    公开：%s%n", p.published().isEmpty() ? "（无）" : p.published());
            out.printf("    重算：%s%n", p.generated());
            for (Finding f : p.findings()) {
                out.printf("    审核：%s %s%n", f.code(), f.message());
            }
        }
    }
}
