-- 决算公开表 (docs/accounts.md "Disclosure tables", docs/web.md "Final accounts disclosure"): a unit's
-- eleven disclosure tables for a year, uploaded as the Excel template. Every upload is kept as a
-- version (who, when, which file); the figures are rows keyed by table, row and column so they stay
-- queryable in SQL. Values are plain numeric: exact as the workbook states them, never rounded by the
-- column (a figure with three decimals would otherwise change between the upload and the checks).

-- One unit's disclosure of one year. version is the current version's number and the optimistic
-- lock: an upload names the version it replaces, a stale one changes nothing.
create table disclosure (
    id         bigserial primary key,
    unit_id    bigint    not null references org_unit (id),
    year       int       not null check (year between 1990 and 2100),
    version    int       not null check (version >= 1),
    unique (unit_id, year)
);

-- Every upload: the workbook's cover (单位名称 as written, 单位性质), the file, who and when, and the
-- findings counted when it was stored (the list shows these; the page checks the tables again).
create table disclosure_version (
    id             bigserial    primary key,
    disclosure_id  bigint       not null references disclosure (id) on delete cascade,
    version        int          not null check (version >= 1),
    unit_name      varchar(300) not null,
    unit_kind      varchar(20)  not null check (unit_kind in ('ADMINISTRATIVE', 'INSTITUTION')),
    file_name      varchar(300) not null,
    error_count    int          not null check (error_count >= 0),
    warning_count  int          not null check (warning_count >= 0),
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamptz  not null default now(),
    unique (disclosure_id, version)
);

-- The standard tables a version has (StandardTable names), each with its money unit.
create table disclosure_table (
    version_id      bigint      not null references disclosure_version (id) on delete cascade,
    standard_table  varchar(30) not null,
    money_unit      varchar(10) not null check (money_unit in ('YUAN', 'WAN_YUAN')),
    primary key (version_id, standard_table)
);

-- A row: a fixed line's id ("incomeTotal") or a classification code as digits ("2059999"), with the
-- name written beside a code. A row may have no value at all (every cell blank).
create table disclosure_row (
    version_id      bigint      not null,
    standard_table  varchar(30) not null,
    row_key         varchar(40) not null,
    name            text        not null default '',
    primary key (version_id, standard_table, row_key),
    foreign key (version_id, standard_table) references disclosure_table (version_id, standard_table) on delete cascade
);

-- A filled cell: the column's id ("budget", "total"); a blank cell has no row.
create table disclosure_value (
    version_id      bigint      not null,
    standard_table  varchar(30) not null,
    row_key         varchar(40) not null,
    column_id       varchar(40) not null,
    value           numeric     not null,
    primary key (version_id, standard_table, row_key, column_id),
    foreign key (version_id, standard_table, row_key)
        references disclosure_row (version_id, standard_table, row_key) on delete cascade
);
