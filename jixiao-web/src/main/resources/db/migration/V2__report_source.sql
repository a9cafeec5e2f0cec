-- Published reports uploaded as Word (.docx): the reviewer reads the .docx itself (its "lines" are
-- paragraphs and table rows, which no text form reproduces exactly), so the original bytes are kept
-- and reviewed from; content then holds the text shown beside the findings, one line per block.
alter table published_report
    add column format varchar(10) not null default 'TEXT' check (format in ('TEXT', 'DOCX')),
    add column source bytea;
alter table published_report
    add constraint published_report_docx_has_source check (format <> 'DOCX' or source is not null);
