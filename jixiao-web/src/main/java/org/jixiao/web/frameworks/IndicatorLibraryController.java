package org.jixiao.web.frameworks;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Nature;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator library page: a search over the indicators of every framework the user may see; opened
 * from a grid ({@code pick}), each result can be added to the group the user came from.
 */
@Controller
class IndicatorLibraryController {

    /** One page link; {@code current} marks the page shown. */
    record PageLink(int page, String href, boolean current) {
    }

    private static final int AROUND = 2;

    private final IndicatorLibrary library;
    private final LibraryAdd adding;
    private final FrameworkPages pages;
    private final MessageSource messages;

    IndicatorLibraryController(IndicatorLibrary library, LibraryAdd adding, FrameworkPages pages, MessageSource messages) {
        this.library = library;
        this.adding = adding;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/indicators")
    String library(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String cat,
                   @RequestParam(required = false) String nature, @RequestParam(required = false) String page,
                   @RequestParam(required = false) String pick, @RequestParam(required = false) String group,
                   @RequestParam(required = false) String v, Model model, Locale locale, HttpServletResponse response) {
        LibraryQuery query = LibraryQuery.of(q, kind, cat, nature, page);
        LibraryPick picking = pick == null || pick.isBlank() ? null : pick(user, pick, group, v);
        IndicatorLibrary.Result result = library.search(user, query);
        if (query.problem() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", messages.getMessage("indicators.problem." + query.problem(),
                    new Object[] {String.valueOf(LibraryQuery.MAX_TEXT)}, locale));
            model.addAttribute("problemCode", query.problem());
        }
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("pick", picking);
        model.addAttribute("kinds", FrameworkKind.values());
        model.addAttribute("natures", Nature.values());
        model.addAttribute("pager", links(query, result, picking));
        return "frameworks/indicators";
    }

    /** The grid the user picks for; a framework outside their scope (or no id at all) answers 404. */
    private LibraryPick pick(CurrentUser user, String pick, String group, String v) {
        long id;
        try {
            id = Long.parseLong(pick.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        StoredFramework target = pages.visible(user, id);
        int version;
        try {
            version = v == null || v.isBlank() ? target.version() : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            version = -1; // unreadable: treated as stale, so an add is refused as a conflict
        }
        return adding.pick(user, target, group == null ? "" : group.strip(), version);
    }

    private static List<PageLink> links(LibraryQuery query, IndicatorLibrary.Result result, LibraryPick pick) {
        List<PageLink> links = new ArrayList<>();
        int current = result.page();
        int last = result.pages();
        if (last <= 1 && current == 1) {
            return links;
        }
        // a page past the end (an old link) still shows the last pages, the way back
        for (int p = Math.max(1, Math.min(current, last) - AROUND); p <= Math.min(last, current + AROUND); p++) {
            links.add(new PageLink(p, query.href(p, pick), p == current));
        }
        return links;
    }
}
