package org.jixiao.web.frameworks;

import java.io.ByteArrayOutputStream;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.formats.xlsx.ScoreSheetXlsx;
import org.jixiao.formats.xlsx.TemplateXlsx;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.platform.Download;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A framework's blank form in the official layout (.xlsx, docs/excel.md), with the user's unit filled
 * in, to fill in Excel and upload as a new table. A template framework (categories only) has no form.
 */
@Controller
class FrameworkTemplateController {

    private final FrameworkCatalog catalog;
    private final FrameworkPages pages;

    FrameworkTemplateController(FrameworkCatalog catalog, FrameworkPages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/frameworks/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        FrameworkCatalog.StoredFramework stored = pages.visible(user, id);
        Framework framework = catalog.framework(stored);
        if (framework.template()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String project = framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION ? framework.title() : "";
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        TemplateXlsx.write(framework, new ScoreSheetXlsx.Title(user.unitName(), project, framework.year()), out);
        return Download.of(Download.Kind.XLSX, out.toByteArray(), framework.title() + "-" + framework.year() + "-填报模板",
                "template-" + stored.code());
    }
}
