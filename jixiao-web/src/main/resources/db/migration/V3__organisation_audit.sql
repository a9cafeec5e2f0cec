-- Every change to units and users (by an administrator, the first-administrator bootstrap, or a user
-- changing their own password): who, when, what, to which unit or user, the old and the new value.
-- Passwords are never written here, only that one was set.
create table organisation_log (
    id          bigserial primary key,
    username    varchar(64)  not null,
    changed_at  timestamptz  not null default now(),
    action      varchar(40)  not null,
    target      varchar(300) not null,
    old_value   text,
    new_value   text
);
