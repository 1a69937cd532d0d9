-- The submission token of each admin form that created, saved or published something, with what it did,
-- so the same form sent again (a double click, a resend) is recognised and changes nothing. The key makes
-- two identical submissions at the same instant unable to both succeed. Rows older than a day are deleted.
create table form_submission (
    token varchar(64) not null,
    action varchar(120) not null,
    item_id bigint,
    done_by varchar(200) not null,
    done_at timestamp with time zone not null,
    constraint pk_form_submission primary key (token, action)
);
create index ix_form_submission_done_at on form_submission (done_at);
