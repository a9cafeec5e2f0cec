package org.jixiao.web.frameworks;

import java.util.Locale;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the frameworks pages share: the scoped look-up (404 outside the scope) and refusals as messages. */
@Component
class FrameworkPages {

    private final FrameworkCatalog catalog;
    private final FrameworkEditing editing;
    private final MessageSource messages;

    FrameworkPages(FrameworkCatalog catalog, FrameworkEditing editing, MessageSource messages) {
        this.catalog = catalog;
        this.editing = editing;
        this.messages = messages;
    }

    /** The framework if the user's scope covers it; an id outside it answers 404 as if it did not exist. */
    StoredFramework visible(CurrentUser user, long id) {
        return catalog.find(id, user.scope()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The show page's model: the tree, its warnings, and what the user may do. */
    void show(CurrentUser user, StoredFramework stored, Model model) {
        model.addAttribute("view", FrameworkView.of(stored, catalog.framework(stored),
                FrameworkFormat.read(stored.code(), stored.sourceText()).problems()));
        model.addAttribute("canCopy", editing.canCopy(user));
        model.addAttribute("canEdit", editing.canEdit(user, stored));
        if (!model.containsAttribute("copyCode")) {
            model.addAttribute("copyCode", suggestedCode(stored));
            model.addAttribute("copyYear", stored.year() + 1);
            model.addAttribute("copyTitle", stored.title());
        }
    }

    /** Puts a refusal where layout's notices fragment shows it: the message and its stable code. */
    void refused(FrameworkEditing.Outcome.Refused refused, Model model, Locale locale) {
        model.addAttribute("problem", message(refused, locale));
        model.addAttribute("problemCode", refused.code());
    }

    String message(FrameworkEditing.Outcome.Refused refused, Locale locale) {
        return messages.getMessage("frameworks.problem." + refused.code(), refused.args().toArray(), locale);
    }

    /** "nanjing-department" of 2024 → "nanjing-department-2025", within the 100 characters a code may have. */
    private static String suggestedCode(StoredFramework stored) {
        String base = stored.code().replaceAll("-?" + stored.year() + "$", "");
        String suffix = "-" + (stored.year() + 1);
        return (base.length() + suffix.length() > 100 ? base.substring(0, 100 - suffix.length()) : base) + suffix;
    }
}
