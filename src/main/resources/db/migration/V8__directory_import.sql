-- Organization imports by staff (directory): the uploaded file until it is imported or refused, the check's
-- progress and outcome, the problems found in it (line, column, message) and the rows that match organizations
-- already in the network with what staff chose for each (skip or update).
create table organization_import (
    id                    uuid         primary key,
    created_by            varchar(254) not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    file_name             varchar(255),
    file_content          bytea,
    encoding              varchar(20),
    state                 varchar(20)  not null,
    step                  varchar(20),
    row_count             integer      not null default 0,
    rows_done             integer      not null default 0,
    new_count             integer      not null default 0,
    problem_count         integer      not null default 0,
    match_count           integer      not null default 0,
    imported_count        integer      not null default 0,
    updated_count         integer      not null default 0,
    skipped_count         integer      not null default 0,
    refusal               varchar(80),
    refusal_arguments     varchar(1000),
    changed_since_preview boolean      not null default false,
    version               bigint       not null default 0
);
create index organization_import_created_at on organization_import (created_at);

create table organization_import_problem (
    import_id     uuid          not null references organization_import(id) on delete cascade,
    problem_order integer       not null,
    line_number   integer       not null,
    column_name   varchar(40),
    codes         varchar(1000) not null,
    arguments     varchar(2000),
    primary key (import_id, problem_order)
);

create table organization_import_match (
    import_id         uuid         not null references organization_import(id) on delete cascade,
    line_number       integer      not null,
    name              varchar(300),
    organization_id   bigint       not null,
    organization_name varchar(300),
    organization_slug varchar(100),
    matched_by        varchar(100) not null,
    decision          varchar(10)  not null,
    primary key (import_id, line_number)
);
