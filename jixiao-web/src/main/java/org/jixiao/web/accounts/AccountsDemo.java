package org.jixiao.web.accounts;

import org.jixiao.core.accounts.tables.DemoTables;
import org.springframework.stereotype.Component;

/**
 * The demo's disclosure: the 2024 tables of 包头市电化教育馆 rebuilt from its published narrative
 * ({@link DemoTables#baotou2024()}), stored as version 1 under the Baotou centre. Called by the demo
 * data, inside its transaction.
 */
@Component
public class AccountsDemo {

    static final String BY = "demo";
    static final String FILE = "baotou-2024-disclosure-tables.xlsx";

    private final Disclosures disclosures;

    AccountsDemo(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** Stores the Baotou tables under {@code baotouUnit}. */
    public void load(long baotouUnit) {
        disclosures.create(baotouUnit, DemoTables.baotou2024(), FILE, BY);
    }
}
