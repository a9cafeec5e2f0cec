package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.JsonApi;
import org.jixiao.web.evaluations.TableImport;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** The frameworks API: reading with compiled rules, copy and text round trip, scope, read-only users, the library. */
@JixiaoWebTest
class FrameworkApiTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    Users users;
    @Autowired
    TableImport tables;
    @Autowired
    JdbcClient jdbc;

    JsonApi api;

    @BeforeEach
    void setUp() {
        api = new JsonApi(context);
    }

    private long shipped(String code) {
        return catalog.findByCode(code).orElseThrow().id();
    }

    private StoredFramework reread(long id) {
        return catalog.find(id, org.jixiao.web.organisation.Scope.everything()).orElseThrow();
    }

    /** A fresh copy of nanjing-department through the API, owned by demo-unit's centre. */
    private JsonApi.Answer copy(String username, String code) throws Exception {
        return api.call(username, HttpMethod.POST, "/api/frameworks/" + shipped("nanjing-department") + "/copy",
                Map.of("code", code, "year", 2025, "title", "接口副本"));
    }

    @Test
    void aFrameworkIsReadWithItsTextProblemsAndCompiledRules() throws Exception {
        long id = shipped("nanjing-department");

        JsonApi.Answer list = api.get("demo-unit", "/api/frameworks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.<List<String>>read("$[?(@.code == 'nanjing-department')].kind")).containsExactly("DEPARTMENT_EVALUATION");
        assertThat(list.<List<Boolean>>read("$[?(@.code == 'nanjing-department')].shipped")).containsExactly(true);
        assertThat(list.<List<Integer>>read("$[?(@.code == 'nanjing-department')].year")).containsExactly(2024);
        assertThat(list.<List<Object>>read("$[?(@.code == 'nanjing-department')].ownerUnitId")).containsExactly((Object) null);

        JsonApi.Answer one = api.get("demo-unit", "/api/frameworks/" + id);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.<String>read("$.title")).isEqualTo("南京市电化教育馆整体绩效评价指标体系");
        assertThat(one.<Boolean>read("$.editable")).isFalse(); // shipped: copy it to change it
        assertThat(one.<String>read("$.text")).startsWith("# 南京市电化教育馆").contains("framework: nanjing-department\n");
        assertThat(one.<List<Object>>read("$.problems[?(@.severity == 'ERROR')]")).isEmpty();

        String b11 = "$.indicators[?(@.code == 'B11')]";
        assertThat(one.<List<String>>read(b11 + ".name")).containsExactly("部门预算执行率");
        assertThat(one.<List<List<String>>>read(b11 + ".path")).containsExactly(List.of("部门管理", "预算执行"));
        assertThat(one.<List<String>>read(b11 + ".weight")).containsExactly("2");
        assertThat(one.<List<String>>read(b11 + ".target")).containsExactly("90%");
        assertThat(one.<List<String>>read(b11 + ".nature")).containsExactly("QUANTITATIVE");
        assertThat(one.<List<String>>read(b11 + ".method")).containsExactly("达到90%得2分,未达到根据完成度得分");
        assertThat(one.<List<String>>read(b11 + ".rule.canonical")).containsExactly("达到90%得2分，未达到根据完成度得分");
        assertThat(one.<List<Boolean>>read(b11 + ".rule.manual")).containsExactly(false);
        // 酌情扣分 says no amount: a person decides, and the reason is given
        assertThat(one.<List<Boolean>>read("$.indicators[?(@.code == 'F21')].rule.manual")).containsExactly(true);
        assertThat(one.<List<String>>read("$.indicators[?(@.code == 'F21')].rule.reason")).singleElement().asString().isNotBlank();
        assertThat(one.<List<String>>read("$.indicators[*].code")).hasSize(catalog.framework(reread(id)).indicators().size());
    }

    @Test
    void aCopyIsEditedByTextWithItsVersionAndIsNotChangedOnceTablesUseIt() throws Exception {
        String code = "api-copy-" + SEQUENCE.incrementAndGet();
        JsonApi.Answer copied = copy("demo-unit", code);

        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        long id = copied.id();
        assertThat(copied.location()).isEqualTo("/api/frameworks/" + id);
        assertThat(copied.<String>read("$.code")).isEqualTo(code);
        assertThat(copied.<Integer>read("$.year")).isEqualTo(2025);
        assertThat(copied.<String>read("$.title")).isEqualTo("接口副本");
        assertThat(copied.<Boolean>read("$.shipped")).isFalse();
        assertThat(copied.<Boolean>read("$.editable")).isTrue();
        assertThat(((Number) copied.read("$.ownerUnitId")).longValue()).isEqualTo(users.find("demo-unit").orElseThrow().unitId());
        assertThat(copied.<String>read("$.text")).contains("framework: " + code + "\n", "year: 2025\n", "title: 接口副本\n");

        String text = copied.<String>read("$.text");
        String changed = text.replace("B11 | 部门预算执行率 | 2", "B11 | 部门预算执行率（接口修订） | 2");
        JsonApi.Answer saved = api.call("demo-unit", HttpMethod.PUT, "/api/frameworks/" + id + "/text",
                Map.of("version", 0, "text", changed));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.<Integer>read("$.version")).isEqualTo(1);
        assertThat(saved.<List<String>>read("$.indicators[?(@.code == 'B11')].name")).containsExactly("部门预算执行率（接口修订）");
        assertThat(reread(id).sourceText()).isEqualTo(changed);
        assertThat(reread(id).updatedBy()).isEqualTo("demo-unit");

        // a second writer who read version 0 changes nothing and is told who saved which version
        JsonApi.Answer stale = api.call("demo-unit", HttpMethod.PUT, "/api/frameworks/" + id + "/text",
                Map.of("version", 0, "text", text.replace("title: 接口副本", "title: 过时的修改")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>read("$.code")).isEqualTo("CONFLICT");
        assertThat(stale.<String>read("$.message")).contains("demo-unit已保存了新的版本（第1版）");
        assertThat(reread(id).version()).isEqualTo(1);
        assertThat(reread(id).title()).isEqualTo("接口副本");

        // a broken text: every error with its code and line, nothing saved
        String broken = changed.replace("    A12 | 决策流程的科学性 | 2", "    A12 决策流程的科学性 2");
        int line = List.of(broken.split("\n", -1)).indexOf("    A12 决策流程的科学性 2") + 1;
        JsonApi.Answer invalid = api.call("demo-unit", HttpMethod.PUT, "/api/frameworks/" + id + "/text",
                Map.of("version", 1, "text", broken));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.<String>read("$.code")).isEqualTo("INVALID");
        assertThat(invalid.<List<String>>read("$.problems[?(@.code == 'SYNTAX')].message"))
                .singleElement().asString().startsWith("第" + line + "行");
        assertThat(invalid.<List<String>>read("$.problems[*].field")).containsOnly("text");
        assertThat(reread(id).sourceText()).isEqualTo(changed);

        JsonApi.Answer noVersion = api.call("demo-unit", HttpMethod.PUT, "/api/frameworks/" + id + "/text", Map.of("text", changed));
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.<String>read("$.code")).isEqualTo("VERSION_REQUIRED");

        // once a table is scored by it, its text stays as the table was scored
        tables.createDraft(users.find("demo-unit").orElseThrow().unitId(), id, 2025, "接口在用的表", "test");
        JsonApi.Answer inUse = api.call("demo-unit", HttpMethod.PUT, "/api/frameworks/" + id + "/text",
                Map.of("version", 1, "text", changed.replace("title: 接口副本", "title: 在用时修改")));
        assertThat(inUse.status()).isEqualTo(422);
        assertThat(inUse.<String>read("$.code")).isEqualTo("IN_USE");
        assertThat(inUse.<String>read("$.message")).contains("已有1张自评表按此指标体系评分");
        assertThat(reread(id).version()).isEqualTo(1);
        assertThat(reread(id).title()).isEqualTo("接口副本");
    }

    @Test
    void aCopyWithABadCodeOrYearIsRefusedWithItsCode() throws Exception {
        long before = jdbc.sql("select count(*) from framework").query(Long.class).single();

        JsonApi.Answer taken = copy("demo-unit", "nanjing-department");
        JsonApi.Answer badCode = copy("demo-unit", "Not A Code");
        JsonApi.Answer badYear = api.call("demo-unit", HttpMethod.POST, "/api/frameworks/" + shipped("nanjing-department") + "/copy",
                Map.of("code", "api-bad-year-" + SEQUENCE.incrementAndGet(), "year", "1999", "title", "x"));
        JsonApi.Answer notJson = api.call("demo-unit", HttpMethod.POST, "/api/frameworks/" + shipped("nanjing-department") + "/copy", "{oops");

        assertThat(List.of(taken.status(), badCode.status(), badYear.status(), notJson.status())).containsExactly(422, 422, 422, 400);
        assertThat(taken.<String>read("$.code")).isEqualTo("CODE_TAKEN");
        assertThat(taken.<String>read("$.message")).isEqualTo("编码“nanjing-department”已被使用，请换一个");
        assertThat(badCode.<String>read("$.code")).isEqualTo("CODE_INVALID");
        assertThat(badYear.<String>read("$.code")).isEqualTo("YEAR_INVALID");
        assertThat(badYear.<String>read("$.message")).isEqualTo("年度应为2000至2100之间的整数");
        assertThat(notJson.<String>read("$.code")).isEqualTo("BAD_REQUEST");
        assertThat(jdbc.sql("select count(*) from framework").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anotherUnitsFrameworkIsNotFoundAndReadOnlyUsersChangeNothing() throws Exception {
        long shenzhen = jdbc.sql("select id from org_unit where name = '深圳市教育信息技术中心'").query(Long.class).single();
        String code = "api-shenzhen-" + SEQUENCE.incrementAndGet();
        String text = HeaderLines.replace(reread(shipped("nanjing-department")).sourceText(), "framework", code);
        long foreign = catalog.create(text, false, shenzhen, "test");
        String path = "/api/frameworks/" + foreign;

        JsonApi.Answer hidden = api.get("demo-unit", path);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.<String>read("$.code")).isEqualTo("NOT_FOUND");
        assertThat(hidden.<String>read("$.message")).isEqualTo("没有找到该指标体系");
        assertThat(api.call("demo-unit", HttpMethod.POST, path + "/copy", Map.of("code", code + "-x", "year", "2025", "title", "x"))
                .status()).isEqualTo(404);
        assertThat(api.call("demo-unit", HttpMethod.PUT, path + "/text", Map.of("version", 0, "text", text)).status()).isEqualTo(404);
        assertThat(api.get("demo-unit", "/api/frameworks").<List<String>>read("$[*].code")).doesNotContain(code)
                .contains("nanjing-department");
        assertThat(api.get("demo-reviewer", path).<String>read("$.code")).isEqualTo(code);

        // the auditor reads everything and changes nothing; nobody changes a shipped framework
        long nanjingCopy = copy("demo-unit", "api-audited-" + SEQUENCE.incrementAndGet()).id();
        assertThat(api.get("demo-auditor", path).status()).isEqualTo(200);
        JsonApi.Answer auditorCopy = copy("demo-auditor", "api-auditor-" + SEQUENCE.incrementAndGet());
        assertThat(auditorCopy.status()).isEqualTo(403);
        assertThat(auditorCopy.<String>read("$.code")).isEqualTo("COPY_NOT_ALLOWED");
        JsonApi.Answer auditorSave = api.call("demo-auditor", HttpMethod.PUT, "/api/frameworks/" + nanjingCopy + "/text",
                Map.of("version", 0, "text", reread(nanjingCopy).sourceText() + "\n# 审计人员的修改\n"));
        assertThat(auditorSave.status()).isEqualTo(403);
        assertThat(auditorSave.<String>read("$.code")).isEqualTo("READ_ONLY");
        assertThat(reread(nanjingCopy).version()).isZero();
        StoredFramework original = reread(shipped("nanjing-department"));
        JsonApi.Answer shippedSave = api.call("demo-admin", HttpMethod.PUT, "/api/frameworks/" + original.id() + "/text",
                Map.of("version", original.version(), "text", original.sourceText() + "\n# 改内置体系\n"));
        assertThat(shippedSave.status()).isEqualTo(403);
        assertThat(shippedSave.<String>read("$.code")).isEqualTo("READ_ONLY");
        assertThat(reread(original.id()).sourceText()).isEqualTo(original.sourceText());

        JsonApi.Answer anonymous = api.get(null, "/api/frameworks");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.<String>read("$.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aRuleIsCompiledForAnyoneSignedInAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from framework").query(Long.class).single();

        // the funds rule of Baotou's project tables (the national template's 预算执行率 row), worth 10
        JsonApi.Answer funds = api.call("demo-auditor", HttpMethod.POST, "/api/rules/compile",
                Map.of("text", "全年执行数/全年预算数×分值，最高不超过分值", "weight", "10"));
        assertThat(funds.status()).as(funds.body()).isEqualTo(200);
        assertThat(funds.<String>read("$.canonical")).isEqualTo("按预算执行率计分：全年执行数÷全年预算数×分值，最高得10分");
        assertThat(funds.<Boolean>read("$.manual")).isFalse();
        assertThat(funds.<String>read("$.weight")).isEqualTo("10");

        JsonApi.Answer proportional = api.call("demo-unit", HttpMethod.POST, "/api/rules/compile",
                Map.of("text", "达到90%得2分,未达到根据完成度得分", "weight", "2"));
        assertThat(proportional.<String>read("$.canonical")).isEqualTo("达到90%得2分，未达到根据完成度得分");
        assertThat(proportional.<List<String>>read("$.spans[?(@.part == 'target')].text")).as(proportional.body()).containsExactly("达到90%");
        assertThat(proportional.<List<Integer>>read("$.spans[?(@.part == 'target')].start")).containsExactly(0);
        assertThat(proportional.<List<Integer>>read("$.spans[?(@.part == 'target')].end")).containsExactly(5);
        assertThat(proportional.<List<String>>read("$.spans[?(@.part == 'partial')].text")).containsExactly("未达到根据完成度得分");

        JsonApi.Answer manual = api.call("demo-reviewer", HttpMethod.POST, "/api/rules/compile", Map.of("text", "视情况酌情扣分"));
        assertThat(manual.<Boolean>read("$.manual")).isTrue();
        assertThat(manual.<String>read("$.reason")).isNotBlank();

        JsonApi.Answer blank = api.call("demo-unit", HttpMethod.POST, "/api/rules/compile", Map.of("text", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.<List<String>>read("$.problems[*].field")).containsExactly("text");
        assertThat(blank.<String>read("$.code")).isEqualTo("TEXT_REQUIRED");
        JsonApi.Answer badWeight = api.call("demo-unit", HttpMethod.POST, "/api/rules/compile", Map.of("text", "酌情扣分", "weight", "两分"));
        assertThat(badWeight.status()).isEqualTo(422);
        assertThat(badWeight.<String>read("$.code")).isEqualTo("WEIGHT_INVALID");
        assertThat(api.call(null, HttpMethod.POST, "/api/rules/compile", Map.of("text", "酌情扣分")).status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from framework").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theLibraryIsSearchedWithThePagesFilters() throws Exception {
        JsonApi.Answer found = api.get("demo-unit", "/api/indicators?q=部门预算执行率&kind=DEPARTMENT_EVALUATION");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.<Integer>read("$.page")).isEqualTo(1);
        assertThat(found.<Integer>read("$.size")).isEqualTo(50);
        String b11 = "$.items[?(@.frameworkCode == 'nanjing-department' && @.indicator.code == 'B11')]";
        assertThat(found.<List<String>>read(b11 + ".indicator.rule.canonical")).containsExactly("达到90%得2分，未达到根据完成度得分");
        assertThat(found.<List<String>>read(b11 + ".frameworkTitle")).containsExactly("南京市电化教育馆整体绩效评价指标体系");
        assertThat(found.<List<String>>read("$.items[*].indicator.name")).allMatch(n -> n.contains("部门预算执行率"));
        assertThat(found.<List<String>>read("$.categories")).contains("部门管理", "部门管理 › 预算执行");

        JsonApi.Answer bad = api.get("demo-unit", "/api/indicators?kind=NONSENSE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>read("$.code")).isEqualTo("KIND_INVALID");
        assertThat(bad.<String>read("$.message")).isEqualTo("所选类型无效，请重新选择");
    }

    @Test
    void theFrameworkCallsAreDocumented() throws Exception {
        JsonApi.Answer docs = api.get(null, "/api/openapi");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/frameworks", "/api/frameworks/{id}",
                "/api/frameworks/{id}/copy", "/api/frameworks/{id}/text", "/api/rules/compile", "/api/indicators");
        assertThat(docs.<String>read("$.paths['/api/frameworks/{id}/text'].put.summary")).isEqualTo("修改体系文本");
        assertThat(docs.<Map<String, Object>>read("$.paths['/api/frameworks/{id}/text'].put.responses"))
                .containsKeys("200", "401", "403", "404", "409", "422");
        assertThat(docs.<String>read("$.paths['/api/frameworks/{id}'].get.responses['200'].content['application/json'].schema['$ref']"))
                .endsWith("/ApiFrameworkDetail");
        assertThat(docs.<String>read("$.paths['/api/frameworks/{id}/copy'].post.responses['422'].content['application/json'].schema['$ref']"))
                .endsWith("/ApiProblem");
        assertThat(docs.<List<String>>read("$.paths['/api/indicators'].get.parameters[*].name"))
                .containsExactlyInAnyOrder("q", "kind", "cat", "nature", "page");
    }
}
