package org.jixiao.core.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.number.Amount;

/**
 * What actually happened, as the rule needs it. Most rows are a {@link Reading} of the
 * 实际完成值 cell; the funds row, checklists, deductions, formulas and bonuses take structured input.
 */
public sealed interface Actual {

    /** A cell as written ("98%", "204.46", "无上访", "达成预期指标", "较规 范"), read three ways on demand. */
    record Reading(String text) implements Actual {
        public Reading {
            Objects.requireNonNull(text, "text");
        }

        /** The number in the cell, if it states one ("无上访" states zero). */
        public Optional<Quantity> quantity() {
            return ValueText.quantity(text);
        }

        /** The month or span the cell states, with the year taken from the target when the cell omits it. */
        public Optional<Period> period(int defaultYear) {
            return ValueText.period(text, defaultYear);
        }

        /** The cell as a label: whitespace and quotes removed, full-width folded. */
        public String label() {
            return ValueText.label(text);
        }
    }

    /** The funds block: how much was executed against the adjusted budget (全年预算数). */
    record Executed(Amount budget, Amount executed) implements Actual {
        public Executed {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(executed, "executed");
        }
    }

    /** For a checklist: the points earned per sub-criterion, by its number (1-based). */
    record Checklist(Map<Integer, BigDecimal> earned) implements Actual {
        public Checklist {
            earned = Map.copyOf(earned);
        }

        public static Checklist met(Set<Integer> items, List<BigDecimal> itemPoints) {
            java.util.Map<Integer, BigDecimal> earned = new java.util.HashMap<>();
            for (int item : items) {
                if (item >= 1 && item <= itemPoints.size()) {
                    earned.put(item, itemPoints.get(item - 1));
                }
            }
            return new Checklist(earned);
        }
    }

    /** For a deduction: how many events (or units over the allowance) occurred. */
    record Count(BigDecimal count) implements Actual {
        public Count {
            Objects.requireNonNull(count, "count");
        }
    }

    /** For a formula: the named inputs. */
    record Variables(Map<String, BigDecimal> values) implements Actual {
        public Variables {
            values = Map.copyOf(values);
        }
    }

    /** For a bonus or penalty: the items that apply, by the names the rule lists. */
    record Items(List<String> names) implements Actual {
        public Items {
            names = List.copyOf(names);
        }
    }

    /** Nothing was entered. */
    record Missing() implements Actual {
    }

    static Actual of(String cellText) {
        return cellText == null || ValueText.label(cellText).isEmpty() ? new Missing() : new Reading(cellText);
    }
}
