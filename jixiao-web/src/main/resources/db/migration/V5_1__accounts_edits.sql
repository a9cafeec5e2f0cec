-- Disclosure tables entered and corrected in the browser (docs/web.md "Final accounts disclosure"):
-- a version is an upload (a workbook, file_name its name), an edit of one table in the browser
-- (edited_table its StandardTable name, file_name empty) or a new disclosure started from empty tables.
-- Numbered 5.1 so it stays next to V5 whatever the other features add.
alter table disclosure_version
    add column source       varchar(10) not null default 'UPLOAD' check (source in ('UPLOAD', 'EDIT', 'NEW')),
    add column edited_table varchar(30);

alter table disclosure_version
    add constraint disclosure_version_edited_table check ((source = 'EDIT') = (edited_table is not null));
