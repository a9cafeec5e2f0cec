package org.jixiao.web.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.monitoring.WarningThresholds;
import org.springframework.stereotype.Component;

/**
 * Numbers as the monitoring pages show them, the way the core shows them in its explanations:
 * points behind to two decimals half-up (as the level is judged), ratios to four. Templates call it
 * as {@code @monitoringFormat} (Thymeleaf's own number formatting rounds half-even).
 */
@Component("monitoringFormat")
class MonitoringFormat {

    public String points(BigDecimal pointsBehind) {
        return pointsBehind.setScale(WarningThresholds.SHOWN_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    /** A score already rounded by the framework's policy, with its two decimals shown (4.50, not 4.5). */
    public String score(org.jixiao.core.number.Score rounded) {
        return rounded.points().setScale(org.jixiao.core.number.RoundingPolicy.STANDARD.indicatorScale(), RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The actual an indicator check read, as written ("" when none was entered). */
    public String actual(org.jixiao.core.monitoring.IndicatorProgress progress) {
        return progress.actual() instanceof org.jixiao.core.measure.Actual.Reading r ? r.text() : "";
    }

    public String ratio(BigDecimal ratio) {
        return ratio.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
