-- When each guidance page was last checked by an expert, and how often it must be. Kept apart from
-- guidance_page so that marking a page as reviewed never bumps the page's version and so never turns
-- another admin's open edit of it into a conflict.
create table guidance_review (
    page_id bigint not null primary key references guidance_page (id),
    last_reviewed date not null,
    interval_months integer default 12 not null,
    reviewed_by varchar(100),
    constraint ck_guidance_review_interval check (interval_months between 1 and 36)
);

-- The seeded guidance was reviewed when it was written.
insert into guidance_review (page_id, last_reviewed, interval_months, reviewed_by)
select id, last_updated, 12, 'system' from guidance_page;
