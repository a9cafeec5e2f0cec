package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.framework.ShippedFrameworks;
import org.junit.jupiter.api.Test;

/** The grid's rows: where indicators may be added and removed, and which code an added one gets. */
class TableGridTests {

    @Test
    void anAddedIndicatorIsNumberedAfterTheLastInItsGroupInTheGroupsOwnStyle() {
        TableGrid nanjing = TableGrid.of(ShippedFrameworks.get("nanjing-department"));
        TableGrid suzhou = TableGrid.of(ShippedFrameworks.get("suzhou-target-table"));

        assertThat(codes(nanjing.withRowAddedTo("A1"))).containsSubsequence("A11", "A12", "A13", "A2");
        assertThat(codes(suzhou.withRowAddedTo("2.1"))).containsSubsequence("2.1.9", "2.1.10", "2.1.11", "2.2");
        // an empty category gets its first indicator
        assertThat(codes(suzhou.withRowAddedTo("4.2"))).containsSubsequence("4.2", "4.2.1", "4.3");
        TableGrid twice = suzhou.withRowAddedTo("4.2").withRowAddedTo("4.2");
        assertThat(codes(twice)).containsSubsequence("4.2.1", "4.2.2", "4.3");
        assertThat(twice.rows().get(twice.indexOf("4.2.2")).added()).isTrue();
        assertThat(twice.rows().get(twice.indexOf("4.2.2")).level()).isEqualTo(3);
    }

    @Test
    void onlyGroupsOfIndicatorsGrowAndOnlyIndicatorsInsideAGroupGo() {
        TableGrid suzhou = TableGrid.of(ShippedFrameworks.get("suzhou-target-table"));
        TableGrid national = TableGrid.of(ShippedFrameworks.get("national-project"));

        assertThat(suzhou.canAdd(suzhou.indexOf("3.1"))).isFalse();
        assertThat(suzhou.canAdd(suzhou.indexOf("3.1.2"))).isTrue();
        assertThat(suzhou.withRowAddedTo("3.1")).isEqualTo(suzhou);
        assertThat(suzhou.withoutRow("3.1.2")).isEqualTo(suzhou);
        assertThat(codes(suzhou.withoutRow("3.1.2.1"))).doesNotContain("3.1.2.1").contains("3.1.2.2");
        // the funds row stands at the top level of the national template: it stays
        assertThat(national.canRemove(national.indexOf("FUNDS"))).isFalse();
        assertThat(national.withoutRow("FUNDS")).isEqualTo(national);
    }

    @Test
    void theShippedFrameworksFitInAForm() {
        for (String id : ShippedFrameworks.IDS) {
            assertThat(TableGrid.of(ShippedFrameworks.get(id)).fieldCount()).as(id).isLessThan(TableGrid.MAX_FIELDS);
        }
        assertThat(TableGrid.of(ShippedFrameworks.get("suzhou-target-table")).weights()).isFalse();
        assertThat(TableGrid.of(ShippedFrameworks.get("nanjing-department")).weights()).isTrue();
    }

    private static java.util.List<String> codes(TableGrid grid) {
        return grid.rows().stream().map(TableGrid.Row::code).toList();
    }
}
