package org.jixiao.web.evaluations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the table list, as the list page shows it. */
@Schema(description = "自评表列表的一页：本页的表、页码、每页条数、符合条件的总数")
public record ApiPage(List<ApiSummary> items,
                      @Schema(description = "页码，从 1 起", example = "1") int page,
                      @Schema(description = "每页条数（10–200）", example = "50") int size,
                      @Schema(description = "符合条件的表的总数（所有页）", example = "904") long total) {

    static ApiPage of(TablePage page) {
        return new ApiPage(page.items().stream().map(ApiSummary::of).toList(), page.page(), page.size(), page.total());
    }
}
