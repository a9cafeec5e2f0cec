package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeviationTests {

    private static final FiscalPeriod Q1 = FiscalPeriod.quarter(2024, 1);

    @Test
    void aDeviationRecordsCauseActionAndLikelihood() {
        // Shenzhen's own explanation of its slow first quarter (存在问题 (1)).
        Deviation d = new Deviation("深圳市教育信息技术中心", Q1, CauseCategory.SYSTEM,
                " 政府采购项目未及时在第一季度完成招标工作 ", " 制定详细的资金使用计划，按时间节点推进支付 ", Likelihood.CERTAIN);

        assertThat(d.explanation()).isEqualTo("政府采购项目未及时在第一季度完成招标工作");
        assertThat(d.correctiveAction()).isEqualTo("制定详细的资金使用计划，按时间节点推进支付");
        assertThat(d.concerns("深圳市教育信息技术中心", Q1)).isTrue();
        assertThat(d.concerns("深圳市教育信息技术中心", FiscalPeriod.quarter(2024, 2))).isFalse();
    }

    @Test
    void theCorrectiveActionIsRequired() {
        assertThatThrownBy(() -> new Deviation("安保经费", Q1, CauseCategory.FUNDS, "", "  ", Likelihood.POSSIBLE))
                .hasMessage("偏差记录需要填写纠偏措施：安保经费");
        assertThatThrownBy(() -> new Deviation("安保经费", Q1, CauseCategory.FUNDS, "", null, Likelihood.POSSIBLE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deviation(" ", Q1, CauseCategory.FUNDS, "", "加快支付", Likelihood.POSSIBLE))
                .hasMessageContaining("项目或指标");
        // the explanation may be left out
        assertThat(new Deviation("安保经费", Q1, CauseCategory.OTHER, null, "加快支付", Likelihood.POSSIBLE).explanation()).isEmpty();
    }

    @Test
    void categoriesAndLikelihoodsHaveTheFormsLabels() {
        assertThat(Arrays.stream(CauseCategory.values()).map(CauseCategory::label))
                .containsExactly("资金", "制度", "人员", "设备", "其他");
        assertThat(Arrays.stream(Likelihood.values()).map(Likelihood::label))
                .containsExactly("确定能", "有可能", "完全不可能");
        assertThat(CauseCategory.fromLabel("资金原因")).isEqualTo(CauseCategory.FUNDS);
        assertThat(CauseCategory.fromLabel(" 设备 ")).isEqualTo(CauseCategory.EQUIPMENT);
        assertThat(Likelihood.fromLabel("完全不可能")).isEqualTo(Likelihood.IMPOSSIBLE);
        assertThatThrownBy(() -> CauseCategory.fromLabel("天气")).hasMessageContaining("不是偏差原因类别");
        assertThatThrownBy(() -> Likelihood.fromLabel("也许")).hasMessageContaining("不是完成可能性");
    }
}
