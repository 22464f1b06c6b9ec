-- Two-step sign-in: an authenticator app's key (sealed with the installation key, never in clear), the last time
-- step a code was accepted for (a code is never accepted twice), and single-use recovery codes (keyed hashes).
alter table account add column second_factor boolean not null default false;
alter table account add column second_factor_changed_at timestamp with time zone;

create table account_authenticator (
    account_id     uuid         primary key references account(id) on delete cascade,
    sealed_secret  varchar(200) not null,
    last_used_step bigint       not null,
    added_at       timestamp with time zone not null
);

create table account_recovery_code (
    account_id uuid        not null references account(id) on delete cascade,
    code_hash  varchar(64) not null,
    made_at    timestamp with time zone not null,
    primary key (account_id, code_hash)
);
