package org.jixiao.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.monitoring.dashboard.CurvePoint;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Units;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The warning thresholds and time progress are settings (jixiao.monitoring.*): the same stored
 * Shenzhen quarters change level when they change. The application's dashboard service is built
 * again with other settings over the same database (a second application context is not needed
 * for that), and the settings bind from configuration as Spring Boot binds them.
 */
@JixiaoWebTest
class MonitoringThresholdTests {

    @Autowired
    MonitoringRecords records;
    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    MonitoringViews applicationViews;

    private List<String> shenzhenLevels(MonitoringViews views) {
        CurrentUser finance = (CurrentUser) users.loadUserByUsername("demo-finance");
        long shenzhen = units.within(finance.scope()).stream().filter(u -> u.name().startsWith("深圳")).findFirst().orElseThrow().id();
        return views.unit(finance, shenzhen, Optional.of(2024)).orElseThrow().dashboard().orElseThrow().unitCurve().orElseThrow()
                .points().stream().map(p -> p.level().map(WarningLevel::code).orElse("-")).toList();
    }

    private static MonitoringProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bind("jixiao.monitoring", MonitoringProperties.class)
                .orElseGet(MonitoringProperties::defaults);
    }

    @Test
    void theDefaultsAreTenAndTwentyPointsAgainstLinearTimeProgress() {
        assertThat(shenzhenLevels(applicationViews)).containsExactly("yellow", "yellow", "on-track", "on-track");
    }

    @Test
    void otherThresholdsFlipTheLevels() {
        // 17.27 and 11.91 points behind: with yellow beyond 12 and red beyond 15, red and on track
        MonitoringProperties strict = bind(Map.of("jixiao.monitoring.yellow-above", "12", "jixiao.monitoring.red-above", "15"));
        assertThat(strict.yellowAbove()).isEqualByComparingTo("12");

        assertThat(shenzhenLevels(new MonitoringViews(records, units, strict))).containsExactly("red", "on-track", "on-track", "on-track");
    }

    @Test
    void aBureausOwnTimeProgressChangesTheGapsAndTheScore() {
        // 30 % by March, 55 % by June, 80 % by September (docs/monitoring.md), 5 and 15 points
        Map<String, String> settings = new java.util.HashMap<>(Map.of("jixiao.monitoring.yellow-above", "5",
                "jixiao.monitoring.red-above", "15", "jixiao.monitoring.time-progress-name", "市财政局序时进度"));
        String[] months = {"10", "20", "30", "38", "46", "55", "63", "71", "80", "87", "94", "100"};
        for (int i = 0; i < 12; i++) {
            settings.put("jixiao.monitoring.time-progress[" + i + "]", months[i]);
        }
        MonitoringViews bureau = new MonitoringViews(records, units, bind(settings));
        assertThat(shenzhenLevels(bureau)).containsExactly("red", "red", "yellow", "on-track");

        CurrentUser finance = (CurrentUser) users.loadUserByUsername("demo-finance");
        long shenzhen = units.within(finance.scope()).stream().filter(u -> u.name().startsWith("深圳")).findFirst().orElseThrow().id();
        MonitoringViews.UnitView view = bureau.unit(finance, shenzhen, Optional.of(2024)).orElseThrow();
        assertThat(view.dashboard().orElseThrow().unitCurve().orElseThrow().points().stream().map(CurvePoint::timeProgress)
                .map(p -> p.shown().toPlainString()).toList()).containsExactly("30.00", "55.00", "80.00", "100.00");
        assertThat(view.monitor().timeProgress().name()).isEqualTo("市财政局序时进度");
        // the score divides by the bureau's schedule: (7.73/30 + 38.09/55 + 72.71/80 + 97.29/100) × 1.5 = 4.2480
        assertThat(view.scoreRounded().orElseThrow().points()).isEqualByComparingTo(new BigDecimal("4.25"));
    }

    @Test
    void settingsTheCoreRefusesStopTheStartWithTheReason() {
        assertThatThrownBy(() -> new MonitoringProperties(new BigDecimal("20"), new BigDecimal("10"), false, null, null))
                .hasMessage("红色预警阈值10低于黄色预警阈值20");
        assertThatThrownBy(() -> new MonitoringProperties(null, null, false, List.of(BigDecimal.TEN), null))
                .hasMessage("序时进度需要12个月末的累计百分比，给出了1个");
    }
}
