-- Jixiao schema, version 1. PostgreSQL only (embedded by default, a real server in production).

-- 单位层级: finance bureau (财政局) › department (主管部门) › unit (预算单位).
-- path is the chain of ids ("/1/4/9/") so a scope is one prefix match, enforced in every query.
create table org_unit (
    id          bigserial primary key,
    parent_id   bigint references org_unit (id),
    kind        varchar(20)  not null check (kind in ('FINANCE_BUREAU', 'DEPARTMENT', 'UNIT')),
    name        varchar(200) not null,
    path        varchar(400) not null default '',
    created_at  timestamptz  not null default now()
);
create index org_unit_path on org_unit (path varchar_pattern_ops);

create table app_user (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(100) not null,
    display_name   varchar(100) not null,
    unit_id        bigint       not null references org_unit (id),
    role           varchar(30)  not null check (role in ('UNIT_FILLER', 'UNIT_LEADER', 'DEPARTMENT_REVIEWER',
                                                          'FINANCE_REVIEWER', 'AUDITOR', 'ADMIN')),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

-- 指标体系 / 绩效目标表: frameworks as their versioned text (.jxf, docs/frameworks.md).
-- owner_unit_id null: shared by everyone (the shipped ones); else the unit's own (copies, target tables).
create table framework (
    id             bigserial primary key,
    code           varchar(100) not null unique,
    title          varchar(300) not null,
    year           int          not null,
    kind           varchar(40)  not null,
    source_text    text         not null,
    shipped        boolean      not null default false,
    owner_unit_id  bigint references org_unit (id),
    version        int          not null default 0,
    updated_by     varchar(64),
    updated_at     timestamptz  not null default now()
);

-- 绩效自评表: one unit's evaluation of one project (or the unit as a whole) for one year.
create table evaluation (
    id             bigserial primary key,
    unit_id        bigint       not null references org_unit (id),
    framework_id   bigint       not null references framework (id),
    year           int          not null,
    project        varchar(300) not null,
    status         varchar(20)  not null default 'DRAFT'
                   check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    locked         boolean      not null default false,
    version        int          not null default 0,
    -- read model for lists and dashboards, written with every save
    total          numeric(12, 4),
    grade          varchar(20),
    complete       boolean      not null default false,
    error_count    int          not null default 0,
    warning_count  int          not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index evaluation_unit_year on evaluation (unit_id, year);

-- One indicator row as entered.
create table evaluation_entry (
    evaluation_id           bigint       not null references evaluation (id) on delete cascade,
    indicator_code          varchar(40)  not null,
    actual_text             text         not null default '',
    judgement_score         numeric(12, 4),
    judgement_reason        text         not null default '',
    deviation_reason        text         not null default '',
    not_applicable_reason   text         not null default '',
    reported_score          numeric(12, 4),
    primary key (evaluation_id, indicator_code)
);

-- 资金情况: line 0 is 年度资金总额, the others its sources; amounts in 万元 as written.
create table evaluation_funds (
    evaluation_id   bigint       not null references evaluation (id) on delete cascade,
    line_no         int          not null,
    name            varchar(100) not null,
    initial_budget  varchar(40)  not null default '',
    adjusted_budget varchar(40)  not null default '',
    executed        varchar(40)  not null default '',
    primary key (evaluation_id, line_no)
);

-- Reviewer's comments, per row (indicator_code) or on the whole table (null).
create table review_comment (
    id              bigserial primary key,
    evaluation_id   bigint      not null references evaluation (id) on delete cascade,
    indicator_code  varchar(40),
    author          varchar(64) not null,
    body            text        not null,
    created_at      timestamptz not null default now()
);

-- Every change: who, when, which field, old and new value. Status changes and unlocks included.
create table change_log (
    id              bigserial primary key,
    evaluation_id   bigint       not null references evaluation (id) on delete cascade,
    username        varchar(64)  not null,
    changed_at      timestamptz  not null default now(),
    field           varchar(200) not null,
    old_value       text,
    new_value       text
);
create index change_log_evaluation on change_log (evaluation_id, id);

-- Published reports (公开报告) kept with their unit: the demo seeds, and what units upload.
create table published_report (
    id           bigserial primary key,
    unit_id      bigint       not null references org_unit (id),
    year         int          not null,
    title        varchar(300) not null,
    file_name    varchar(300) not null,
    content      text         not null,
    error_count  int          not null default 0,
    warning_count int         not null default 0,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null default now()
);
