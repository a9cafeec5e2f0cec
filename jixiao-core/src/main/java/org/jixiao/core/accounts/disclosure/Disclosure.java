package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * The figures of a unit's final-accounts disclosure (决算公开) that its narrative (第二部分 单位决算情况说明)
 * is written from, by section of the national template:
 *
 * <ul>
 *   <li>一 {@code totals}: 收入、支出决算总计 with its 年初预算 and 上年决算; {@code incomeTotalItems} and
 *       {@code expenditureTotalItems}: the lines of 收入/支出决算总计 (本年收入合计, 年初结转和结余 …) with 上年决算;</li>
 *   <li>二 {@code income} (本年收入合计) and {@code incomeBySource}; 三 {@code expenditure} and
 *       {@code expenditureByKind} (基本支出, 项目支出 …);</li>
 *   <li>四 {@code fiscalTotals}: 财政拨款收入支出决算总计 with 年初预算 and 上年决算;</li>
 *   <li>五 {@code generalExpenditure} (一般公共预算财政拨款支出决算 and its 年初预算) and its
 *       {@code functionalClasses} (类 and 项);</li>
 *   <li>八 {@code threeCosts} (“三公”经费 全年预算 and 决算) and {@code threeCostItems}; {@code threeCostShares}
 *       of {@code threeCostsSpent}; {@code threeCostChanges} against 上年决算;</li>
 *   <li>九 {@code governmentFunds}, 十 {@code stateCapital}, 十一 {@code runningCosts} (机关运行经费/公用经费), each
 *       with 上年决算;</li>
 *   <li>六 {@code basicExpenditure} (一般公共预算财政拨款基本支出决算) and {@code basicGroups} (人员经费 and 公用经费,
 *       each with its economic 款); 七 {@code projectExpenditure} and {@code projectClasses} (economic 类 with
 *       their 款): amounts only, nothing derived;</li>
 *   <li>十二 {@code procurement} (政府采购支出 and the 中小企业 / 小微企业 contracts); 十三 {@code assets} (车辆,
 *       设备 counts).</li>
 * </ul>
 *
 * Every figure is an {@link Amount}; a section the disclosure does not have is empty.
 */
public record Disclosure(String unit, int year,
                         Optional<Compared> totals, List<Compared> incomeTotalItems, List<Compared> expenditureTotalItems,
                         Optional<Amount> income, List<Share> incomeBySource,
                         Optional<Amount> expenditure, List<Share> expenditureByKind,
                         Optional<Compared> fiscalTotals,
                         Optional<Compared> generalExpenditure, List<FunctionalClass> functionalClasses,
                         Optional<Compared> threeCosts, List<Compared> threeCostItems,
                         Optional<Amount> threeCostsSpent, List<Share> threeCostShares, List<Compared> threeCostChanges,
                         Optional<Compared> governmentFunds, Optional<Compared> stateCapital, Optional<Compared> runningCosts,
                         Optional<Amount> basicExpenditure, List<Listing> basicGroups,
                         Optional<Amount> projectExpenditure, List<Listing> projectClasses,
                         Optional<Procurement> procurement, Optional<Assets> assets) {

    public Disclosure {
        Objects.requireNonNull(unit, "unit");
        incomeTotalItems = List.copyOf(incomeTotalItems);
        expenditureTotalItems = List.copyOf(expenditureTotalItems);
        incomeBySource = List.copyOf(incomeBySource);
        expenditureByKind = List.copyOf(expenditureByKind);
        functionalClasses = List.copyOf(functionalClasses);
        threeCostItems = List.copyOf(threeCostItems);
        threeCostShares = List.copyOf(threeCostShares);
        threeCostChanges = List.copyOf(threeCostChanges);
        basicGroups = List.copyOf(basicGroups);
        projectClasses = List.copyOf(projectClasses);
        Objects.requireNonNull(basicExpenditure, "basicExpenditure");
        Objects.requireNonNull(projectExpenditure, "projectExpenditure");
        Objects.requireNonNull(procurement, "procurement");
        Objects.requireNonNull(assets, "assets");
    }
}
