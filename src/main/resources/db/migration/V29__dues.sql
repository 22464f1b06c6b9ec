-- Dues: a schedule per membership year (a rate per budget band, one for organizations that declared none, one for
-- individual members, and an optional sliding-scale floor), representatives' attestations of their budget band,
-- invoices and credit notes numbered without gaps per series and year, payments (counted at once, or once a
-- second treasurer approves them above the threshold) and waivers. Every invoice, credit note and counted payment
-- posts its journal entry.
create table dues_schedule (
    membership_year integer       primary key,
    sliding_floor   numeric(19, 4),
    set_by          uuid          not null,
    set_at          timestamp with time zone not null,
    constraint dues_schedule_floor check (sliding_floor is null or sliding_floor > 0)
);

create table dues_rate (
    membership_year integer        not null references dues_schedule (membership_year),
    rate            varchar(20)    not null,
    amount          numeric(19, 4) not null,
    primary key (membership_year, rate),
    constraint dues_rate_amount check (amount >= 0)
);

create table dues_attestation (
    member_id       bigint       not null references membership (id),
    membership_year integer      not null,
    budget_band     varchar(20)  not null,
    attested_by     uuid         not null,
    attested_at     timestamp with time zone not null,
    primary key (member_id, membership_year)
);

create table invoice_counter (
    series      varchar(20) not null,
    number_year integer     not null,
    last_number integer     not null,
    primary key (series, number_year)
);

create table dues_invoice (
    id              bigint         primary key,
    series          varchar(20)    not null,
    number_year     integer        not null,
    number          integer        not null,
    member_id       bigint         not null references membership (id),
    member_kind     varchar(20)    not null,
    member_name     varchar(300)   not null,
    rate            varchar(20),
    budget_band     varchar(20),
    attested        boolean        not null default false,
    membership_year integer        not null,
    amount          numeric(19, 4) not null,
    issued_on       date           not null,
    due_on          date           not null,
    language        varchar(10)    not null,
    credits_id      bigint         references dues_invoice (id),
    note            varchar(300),
    entry_id        bigint         not null references journal_entry (id),
    issued_by       uuid           not null,
    issued_at       timestamp with time zone not null,
    constraint dues_invoice_number unique (series, number_year, number),
    constraint dues_invoice_amount check (amount > 0),
    constraint dues_invoice_series check (series in ('INVOICE', 'CREDIT_NOTE')),
    constraint dues_invoice_credits check ((series = 'CREDIT_NOTE') = (credits_id is not null))
);
create sequence dues_invoice_seq start with 1 increment by 50;
create index dues_invoice_member on dues_invoice (member_id);

create table dues_payment (
    id           bigint         primary key,
    member_id    bigint         not null references membership (id),
    received_on  date           not null,
    method       varchar(20)    not null,
    reference    varchar(120),
    amount       numeric(19, 4) not null,
    status       varchar(20)    not null,
    recorded_by  uuid           not null,
    recorded_at  timestamp with time zone not null,
    decided_by   uuid,
    decided_at   timestamp with time zone,
    counts_from  date,
    entry_id     bigint         references journal_entry (id),
    constraint dues_payment_amount check (amount > 0),
    constraint dues_payment_method check (method in ('CHECK', 'BANK_TRANSFER', 'CASH', 'OTHER')),
    constraint dues_payment_status check (status in ('PENDING', 'COUNTED', 'DECLINED')),
    constraint dues_payment_counted check ((status = 'COUNTED') = (entry_id is not null and counts_from is not null)),
    constraint dues_payment_second check (decided_by is null or decided_by <> recorded_by)
);
create sequence dues_payment_seq start with 1 increment by 50;
create index dues_payment_member on dues_payment (member_id);

create table dues_waiver (
    id           bigint        primary key,
    member_id    bigint        not null references membership (id),
    from_year    integer       not null,
    to_year      integer       not null,
    reason       varchar(1000) not null,
    status       varchar(20)   not null,
    requested_by uuid          not null,
    requested_at timestamp with time zone not null,
    decided_by   uuid,
    decided_at   timestamp with time zone,
    constraint dues_waiver_years check (from_year <= to_year),
    constraint dues_waiver_status check (status in ('REQUESTED', 'GRANTED', 'DECLINED'))
);
create sequence dues_waiver_seq start with 1 increment by 50;
create index dues_waiver_member on dues_waiver (member_id);
