package org.jixiao.web.evaluations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.CjkFonts;
import org.jixiao.formats.report.DocxReport;
import org.jixiao.formats.report.PdfReport;
import org.jixiao.formats.report.Report;
import org.jixiao.formats.report.ReportException;
import org.jixiao.formats.report.ReportTitle;
import org.jixiao.formats.report.SelfEvaluationReport;
import org.jixiao.formats.xlsx.ImportedWorkbook;
import org.jixiao.formats.xlsx.WorkbookImport;
import org.jixiao.formats.xlsx.WorkbookImportException;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.Download;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A table's files beyond its Excel export: its self-evaluation report as Word or PDF, generated from
 * the table as its page scores it; and a filled-in workbook uploaded into the table, saved through
 * the one save path (so a locked table, a stale version or an invalid entry is refused as a typed
 * one would be). Everything reads through the user's scope: a table outside it answers 404.
 */
@Controller
class EvaluationFilesController {

    private final Workflow workflow;
    private final FrameworkCatalog frameworks;

    EvaluationFilesController(Workflow workflow, FrameworkCatalog frameworks) {
        this.workflow = workflow;
        this.frameworks = frameworks;
    }

    /**
     * A filled-in workbook as a new table of the user's unit: the framework is the one its marker
     * names, or the visible framework whose indicators its rows name; the year and the project are
     * those its title rows state. The table and its entries are created together or not at all.
     */
    @PostMapping(path = "/evaluations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        if (!user.role().fillsIn()) {
            return refuseList(redirect, "只有单位填报人或单位负责人可以新建自评表", "NOT_ALLOWED");
        }
        if (file == null || file.isEmpty()) {
            return refuseList(redirect, "请选择要导入的 Excel 工作簿（.xlsx）", "FILE_MISSING");
        }
        Map<String, FrameworkCatalog.StoredFramework> visible = new LinkedHashMap<>();
        List<Framework> candidates = new ArrayList<>();
        for (FrameworkCatalog.StoredFramework stored : frameworks.visible(user)) {
            Framework framework = frameworks.framework(stored);
            if (!framework.template()) {
                visible.put(framework.id(), stored);
                candidates.add(framework);
            }
        }
        ImportedWorkbook imported;
        try {
            imported = WorkbookImport.read(name(file), file.getBytes(), candidates, ReadLimits.DEFAULTS);
        } catch (WorkbookImportException e) {
            redirect.addFlashAttribute("importProblems", e.problems());
            return refuseList(redirect, "工作簿“" + name(file) + "”有 " + e.errors().size() + " 处错误，未导入，未新建任何表", "IMPORT_REFUSED");
        } catch (UnreadableFileException e) {
            return refuseList(redirect, e.getMessage(), e.code().name());
        } catch (IOException e) {
            return refuseList(redirect, "无法读取上传的文件：" + e.getMessage(), "UPLOAD_FAILED");
        }
        FrameworkCatalog.StoredFramework stored = visible.get(imported.framework().id());
        String project = imported.project().isBlank() ? name(file).replaceFirst("(?i)\\.xlsx$", "") : imported.project();
        NewTable request = new NewTable(Long.toString(stored.id()), Integer.toString(imported.year()), project);
        Workflow.Outcome outcome = workflow.createWith(user, request, opened -> {
            Entries entries = TableImport.entries(opened.framework(), imported.evaluation());
            return entries.funds().isEmpty() ? new Entries(entries.rows(), opened.entries().funds()) : entries;
        });
        if (outcome instanceof Workflow.Outcome.Created created) {
            redirect.addFlashAttribute("notice", "notice.imported");
            redirect.addFlashAttribute("importProblems", imported.warnings());
            return "redirect:/evaluations/" + created.id();
        }
        if (outcome instanceof Workflow.Outcome.Refused r) {
            return refuseList(redirect, r.message(), r.code());
        }
        if (outcome instanceof Workflow.Outcome.Invalid invalid) {
            return refuseList(redirect, invalid.problems().get(0).message(), invalid.problems().get(0).code());
        }
        return refuseList(redirect, ((Workflow.Outcome.Conflict) outcome).message(), "CONFLICT");
    }

    private static String refuseList(RedirectAttributes redirect, String message, String code) {
        redirect.addFlashAttribute("problem", message);
        redirect.addFlashAttribute("problemCode", code);
        return "redirect:/evaluations";
    }

    @GetMapping("/evaluations/{id}/report.docx")
    Object docx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return report(user, id, Download.Kind.DOCX, null, redirect);
    }

    @GetMapping("/evaluations/{id}/report.pdf")
    Object pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        opened(user, id);
        CjkFont font;
        try {
            font = CjkFonts.find();
        } catch (ReportException e) {
            return refuse(redirect, id, e.getMessage(), e.code().name());
        }
        return report(user, id, Download.Kind.PDF, font, redirect);
    }

    private Object report(CurrentUser user, long id, Download.Kind kind, CjkFont font, RedirectAttributes redirect) {
        Workflow.Opened opened = opened(user, id);
        EvaluationStore.Header h = opened.header();
        if (!opened.framework().kind().isScored()) {
            return refuse(redirect, id, "绩效目标表不评分，没有自评报告", "REPORT_NOT_SCORED");
        }
        LiveScore score = LiveScore.of(opened.framework(), h.unitName(), opened.entries(), opened.reported());
        ScoreSheet sheet = score.sheet();
        Report report = SelfEvaluationReport.build(new ReportTitle(h.unitName(), h.project(), h.year()), score.evaluation(), sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (kind == Download.Kind.PDF) {
                PdfReport.write(report, out, font);
            } else {
                DocxReport.write(report, out);
            }
        } catch (ReportException e) {
            return refuse(redirect, id, e.getMessage(), e.code().name());
        }
        return Download.of(kind, out.toByteArray(), h.unitName() + "-" + h.project() + "-" + h.year() + "-自评报告",
                "evaluation-" + id + "-report");
    }

    @PostMapping(path = "/evaluations/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        Workflow.Opened opened = opened(user, id);
        if (file == null || file.isEmpty()) {
            return refuse(redirect, id, "请选择要导入的 Excel 工作簿（.xlsx）", "FILE_MISSING");
        }
        ImportedWorkbook imported;
        try {
            imported = WorkbookImport.read(name(file), file.getBytes(), List.of(opened.framework()), ReadLimits.DEFAULTS);
        } catch (WorkbookImportException e) {
            redirect.addFlashAttribute("importProblems", e.problems());
            return refuse(redirect, id, "工作簿“" + name(file) + "”有 " + e.errors().size() + " 处错误，未导入，本表未作任何修改", "IMPORT_REFUSED");
        } catch (UnreadableFileException e) {
            return refuse(redirect, id, e.getMessage(), e.code().name());
        } catch (IOException e) {
            return refuse(redirect, id, "无法读取上传的文件：" + e.getMessage(), "UPLOAD_FAILED");
        }
        Entries entries = TableImport.entries(opened.framework(), imported.evaluation());
        // a workbook without funds lines leaves the table's funds as they are, as a form without them does
        Entries input = entries.funds().isEmpty() ? new Entries(entries.rows(), opened.entries().funds()) : entries;
        Workflow.Outcome outcome = workflow.save(user, id, version, input);
        if (outcome instanceof Workflow.Outcome.Done) {
            redirect.addFlashAttribute("notice", "notice.imported");
            redirect.addFlashAttribute("importProblems", imported.warnings());
            return "redirect:/evaluations/" + id;
        }
        if (outcome instanceof Workflow.Outcome.Refused r) {
            return refuse(redirect, id, r.message(), r.code());
        }
        if (outcome instanceof Workflow.Outcome.Conflict c) {
            return refuse(redirect, id, c.message(), "CONFLICT");
        }
        Workflow.Outcome.Invalid invalid = (Workflow.Outcome.Invalid) outcome;
        return refuse(redirect, id, invalid.problems().get(0).message(), invalid.problems().get(0).code());
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.xlsx" : name;
    }

    private static String refuse(RedirectAttributes redirect, long id, String message, String code) {
        redirect.addFlashAttribute("problem", message);
        redirect.addFlashAttribute("problemCode", code);
        return "redirect:/evaluations/" + id;
    }

    private Workflow.Opened opened(CurrentUser user, long id) {
        return workflow.open(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
