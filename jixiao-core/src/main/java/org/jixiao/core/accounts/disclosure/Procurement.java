package org.jixiao.core.accounts.disclosure;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;

/**
 * 十二 政府采购支出: the total and its 货物/工程/服务 parts, the contracts awarded to 中小企业 and, among them,
 * to 小微企业 (each a share of the total), and by kind the amount awarded to 中小企业 (its share of that
 * kind's purchases). A published narrative states the by-kind shares but not their amounts, so a
 * disclosure read from the text has them empty; one from the tables has them.
 */
public record Procurement(Amount total, Amount goods, Amount works, Amount services, Optional<Amount> sme, Optional<Amount> small,
                          Optional<Amount> smeGoods, Optional<Amount> smeWorks, Optional<Amount> smeServices) {

    public Procurement {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(sme, "sme");
        Objects.requireNonNull(small, "small");
        Objects.requireNonNull(smeGoods, "smeGoods");
        Objects.requireNonNull(smeWorks, "smeWorks");
        Objects.requireNonNull(smeServices, "smeServices");
    }

    /** The same figures without the by-kind 中小企业 amounts (what a published narrative states). */
    public Procurement withoutAmountsByKind() {
        return new Procurement(total, goods, works, services, sme, small, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
