-- Admins' passkeys, kept by Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository: their schema (user-entities-schema.sql and user-credentials-schema-postgres.sql
-- in spring-security-web), with BYTEA for the keys, which H2 also takes. A user entity is tied to an admin by
-- name (admin_user.username); its id is the random user handle the authenticator keeps.
create table user_entities (
    id varchar(1000) not null,
    name varchar(100) not null,
    display_name varchar(200),
    constraint user_entities_pk primary key (id),
    constraint user_entities_name_uq unique (name)
);

create table user_credentials (
    credential_id varchar(1000) not null,
    user_entity_user_id varchar(1000) not null,
    public_key bytea not null,
    signature_count bigint,
    uv_initialized boolean,
    backup_eligible boolean not null,
    authenticator_transports varchar(1000),
    public_key_credential_type varchar(100),
    backup_state boolean not null,
    attestation_object bytea,
    attestation_client_data_json bytea,
    created timestamp,
    last_used timestamp,
    label varchar(1000) not null,
    constraint user_credentials_pk primary key (credential_id),
    constraint user_credentials_user_fk foreign key (user_entity_user_id)
        references user_entities (id) on delete cascade
);
create index user_credentials_user_ix on user_credentials (user_entity_user_id);
