package org.jixiao.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.ReadEvaluation;
import org.jixiao.core.review.Reviewer;
import org.jixiao.formats.published.DemoReports;
import org.jixiao.formats.published.PublishedText;
import org.jixiao.web.accounts.AccountsDemo;
import org.jixiao.web.evaluations.Status;
import org.jixiao.web.evaluations.TableImport;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.monitoring.MonitoringDemo;
import org.jixiao.web.organisation.Role;
import org.jixiao.web.organisation.Units;
import org.jixiao.web.organisation.Users;
import org.jixiao.web.platform.JixiaoProperties;
import org.jixiao.web.reports.PublishedReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with the embedded database: the shipped frameworks, a demo hierarchy with the
 * four centres of the seed reports, the demo users (password "demo"), the four reports and the
 * tables the reviewer reads from them. Never with a configured production database.
 *
 * <p>The four centres are placed under one demo education bureau and finance bureau so that one
 * supervisor sees them all. Nanjing's 2024 table is loaded as a draft so the demo filler has a
 * table to work on; the others are loaded as published, as they were.
 */
@Component
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";
    static final int YEAR = 2024;

    private final JixiaoProperties properties;
    private final Units units;
    private final Users users;
    private final FrameworkCatalog frameworks;
    private final PublishedReports reports;
    private final TableImport tables;
    private final MonitoringDemo monitoring;
    private final AccountsDemo accounts;
    private final TransactionTemplate transactions;

    DemoData(JixiaoProperties properties, Units units, Users users, FrameworkCatalog frameworks,
             PublishedReports reports, TableImport tables, MonitoringDemo monitoring, AccountsDemo accounts,
             PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.units = units;
        this.users = users;
        this.frameworks = frameworks;
        this.reports = reports;
        this.tables = tables;
        this.monitoring = monitoring;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs once every bean exists (the schema migrated) and before the web server takes requests,
     * so nobody signs in to a half-loaded demo.
     */
    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(t -> loadShippedFrameworks());
        if (properties.demoData() && properties.db().embedded() && units.count() == 0) {
            long started = System.nanoTime();
            // all or nothing: a failure leaves no half-loaded demo behind, and the next start tries again
            transactions.executeWithoutResult(t -> load());
            log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Shipped frameworks are shared data: stored once, by code, with any database. */
    void loadShippedFrameworks() {
        for (String id : ShippedFrameworks.IDS) {
            if (frameworks.findByCode(id).isEmpty()) {
                frameworks.create(resource("/frameworks/" + id + ".jxf"), true, null, "system");
            }
        }
    }

    void load() {
        long bureau = units.create(null, Units.Kind.FINANCE_BUREAU, "演示市财政局");
        long department = units.create(bureau, Units.Kind.DEPARTMENT, "演示市教育局");
        Map<String, Long> centres = new LinkedHashMap<>();
        centres.put("nanjing-2024-department-self-evaluation.md", units.create(department, Units.Kind.UNIT, "南京市电化教育馆（南京市教育信息化中心）"));
        centres.put("shenzhen-2024-department-self-evaluation.md", units.create(department, Units.Kind.UNIT, "深圳市教育信息技术中心"));
        centres.put("suzhou-2024-department-target-table.md", units.create(department, Units.Kind.UNIT, "苏州市电化教育馆"));
        centres.put("baotou-2024-final-accounts-and-project-self-evaluations.md", units.create(department, Units.Kind.UNIT, "包头市电化教育馆"));

        users.create("demo-unit", PASSWORD, "南京填报人（演示）", centres.get("nanjing-2024-department-self-evaluation.md"), Role.UNIT_FILLER);
        users.create("demo-reviewer", PASSWORD, "教育局审核人（演示）", department, Role.DEPARTMENT_REVIEWER);
        users.create("demo-finance", PASSWORD, "财政局审核人（演示）", bureau, Role.FINANCE_REVIEWER);
        users.create("demo-auditor", PASSWORD, "审计人员（演示）", bureau, Role.AUDITOR);
        users.create("demo-admin", PASSWORD, "系统管理员（演示）", bureau, Role.ADMIN);

        List<Framework> shipped = ShippedFrameworks.all();
        for (String name : DemoReports.NAMES) {
            long unit = centres.get(name);
            String text = DemoReports.text(name);
            reports.store(unit, YEAR, name, text, "demo");
            PublishedDocument document = PublishedText.read(name, text);
            for (ReadEvaluation read : Reviewer.readEvaluations(document, YEAR, shipped)) {
                long frameworkId = frameworks.findByCode(read.framework().id()).orElseThrow().id();
                Status status = name.startsWith("nanjing") ? Status.DRAFT : Status.PUBLISHED;
                tables.importTable(unit, frameworkId, YEAR, read.framework().title(), read.evaluation(), status, "demo");
            }
        }

        // 运行监控 (issue #7): Shenzhen's quarters and Suzhou's half-year plan, from the same seeds
        monitoring.load(centres.get("shenzhen-2024-department-self-evaluation.md"),
                centres.get("suzhou-2024-department-target-table.md"));

        // 决算公开 (issue #7): Baotou's 2024 disclosure tables, rebuilt from its published narrative
        accounts.load(centres.get("baotou-2024-final-accounts-and-project-self-evaluations.md"));
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
