-- Passkeys (WebAuthn). An account that has added one has a random, opaque user handle (base64url), which is all its
-- passkeys know of it: not its e-mail address, not its id. The credentials table is Spring Security's
-- (JdbcUserCredentialRepository reads and writes it by that name), tied to the account by the handle, so deleting an
-- account deletes its passkeys.
alter table account add column passkey_handle varchar(1000);
alter table account add constraint account_passkey_handle_unique unique (passkey_handle);

create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null references account(passkey_handle) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user on user_credentials (user_entity_user_id);
