-- The questionnaire as one editable item: its published version number (carried by result URLs),
-- an optional draft of the whole definition (JSON), and a version that edit forms send back.
create table questionnaire_state (
    id integer primary key,
    published_version integer not null,
    draft varchar(1000000),
    version bigint default 0 not null,
    updated_by varchar(200),
    updated_at timestamp with time zone
);
insert into questionnaire_state (id, published_version, version) values (1, 1, 0);
