-- 运行监控 ("双监控", docs/monitoring.md): what a unit records during the year. Every row belongs to
-- a unit and is read through the unit's path like everything else (a scope is one prefix match).
-- A period is its kind and number (2024-Q1: QUARTER 1); figures are cumulative to its end.
-- Amounts and rates are plain numeric: exact as entered, never rounded by the column.

-- 预算执行: of the unit as a whole (project '') or of one project; either the amounts (全年预算数 as
-- adjusted, 累计执行数, in one money unit) or only the rate a report states (Shenzhen's quarters).
create table monitoring_execution (
    id           bigserial    primary key,
    unit_id      bigint       not null references org_unit (id),
    year         int          not null,
    project      varchar(300) not null default '',
    period_kind  varchar(10)  not null check (period_kind in ('MONTH', 'QUARTER', 'HALF_YEAR')),
    period_no    int          not null check (period_no between 1 and 12),
    money_unit   varchar(10)  check (money_unit in ('YUAN', 'WAN_YUAN')),
    budget       numeric      check (budget >= 0),
    executed     numeric      check (executed >= 0),
    stated_rate  numeric      check (stated_rate >= 0),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    constraint monitoring_execution_amounts_or_rate check (
        (stated_rate is null and budget is not null and executed is not null and money_unit is not null)
        or (stated_rate is not null and budget is null and executed is null)),
    unique (unit_id, year, project, period_kind, period_no)
);

-- 绩效目标监控: an indicator's value for the period (半年指标值), the full-year value and the actual at
-- the period's end, as written; the core reads them when the dashboard is shown.
create table monitoring_indicator (
    id             bigserial    primary key,
    unit_id        bigint       not null references org_unit (id),
    year           int          not null,
    code           varchar(300) not null,
    name           varchar(300) not null,
    period_kind    varchar(10)  not null check (period_kind in ('MONTH', 'QUARTER', 'HALF_YEAR')),
    period_no      int          not null check (period_no between 1 and 12),
    period_target  varchar(300) not null default '',
    year_target    varchar(300) not null default '',
    actual         varchar(300) not null default '',
    recorded_by    varchar(64)  not null,
    recorded_at    timestamptz  not null default now(),
    unique (unit_id, year, code, period_kind, period_no)
);

-- 偏差原因及纠偏措施: recorded by the unit for a late item: execution of a project (item its name) or of
-- the unit as a whole (item ''), or an indicator (item its code).
create table monitoring_deviation (
    id                 bigserial    primary key,
    unit_id            bigint       not null references org_unit (id),
    year               int          not null,
    kind               varchar(10)  not null check (kind in ('EXECUTION', 'INDICATOR')),
    item               varchar(300) not null default '',
    period_kind        varchar(10)  not null check (period_kind in ('MONTH', 'QUARTER', 'HALF_YEAR')),
    period_no          int          not null check (period_no between 1 and 12),
    cause              varchar(10)  not null check (cause in ('FUNDS', 'SYSTEM', 'PERSONNEL', 'EQUIPMENT', 'OTHER')),
    explanation        text         not null default '',
    corrective_action  text         not null check (corrective_action <> ''),
    likelihood         varchar(10)  not null check (likelihood in ('CERTAIN', 'POSSIBLE', 'IMPOSSIBLE')),
    recorded_by        varchar(64)  not null,
    recorded_at        timestamptz  not null default now(),
    unique (unit_id, year, kind, item, period_kind, period_no)
);

-- 支出计划: the spending plan by half year against the full year (a target table's 支出), one line a
-- row in table order; parent '' for a top-level line. Replaced as a whole when a new plan is imported.
create table monitoring_plan (
    id           bigserial    primary key,
    unit_id      bigint       not null references org_unit (id),
    year         int          not null,
    position     int          not null,
    label        varchar(300) not null,
    parent       varchar(300) not null default '',
    money_unit   varchar(10)  not null check (money_unit in ('YUAN', 'WAN_YUAN')),
    half_year    numeric      not null check (half_year >= 0),
    full_year    numeric      not null check (full_year >= 0),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    unique (unit_id, year, label)
);

-- Every change above: who, when, which record, the old and the new value (as the page shows them).
create table monitoring_log (
    id          bigserial    primary key,
    unit_id     bigint       not null references org_unit (id),
    year        int          not null,
    record      varchar(20)  not null,
    item        varchar(400) not null,
    old_value   text,
    new_value   text,
    changed_by  varchar(64)  not null,
    changed_at  timestamptz  not null default now()
);
create index monitoring_log_unit on monitoring_log (unit_id, year, id);
