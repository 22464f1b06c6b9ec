-- The UN accountability tracker: which instruments the network's country has signed and ratified, the
-- recommendations UN mechanisms made to states (Universal Periodic Review), what member organizations and
-- working groups do to follow them up, the reviews coming, and the imports of recommendations.
alter table instrument add column monitoring_body varchar(20);
update instrument set monitoring_body = 'CERD' where code = 'ICERD';
update instrument set monitoring_body = 'CCPR' where code in ('ICCPR', 'ICCPR-OP1', 'ICCPR-OP2');
update instrument set monitoring_body = 'CESCR' where code = 'ICESCR';
update instrument set monitoring_body = 'CEDAW' where code = 'CEDAW';
update instrument set monitoring_body = 'CAT' where code = 'CAT';
update instrument set monitoring_body = 'SPT' where code = 'OPCAT';
update instrument set monitoring_body = 'CRC' where code in ('CRC', 'OP-CRC-AC', 'OP-CRC-SC');
update instrument set monitoring_body = 'CMW' where code = 'ICMW';
update instrument set monitoring_body = 'CRPD' where code = 'CRPD';
update instrument set monitoring_body = 'CED' where code = 'CPED';

-- A country's position on an instrument; the tracker shows the rows of the country it is set up for.
create table ratification (
    country         varchar(100) not null,
    instrument_code varchar(20)  not null references instrument(code),
    status          varchar(20)  not null,
    signed_on       date,
    ratified_on     date,
    note            varchar(500),
    version         bigint       not null default 0,
    primary key (country, instrument_code)
);

insert into ratification (country, instrument_code, status, signed_on, ratified_on, note) values
('United States', 'UDHR', 'DECLARATION', null, null, null),
('United States', 'CPPCG', 'RATIFIED', '1948-12-11', '1988-11-25', null),
('United States', 'ICERD', 'RATIFIED', '1966-09-28', '1994-10-21', null),
('United States', 'ICCPR', 'RATIFIED', '1977-10-05', '1992-06-08', null),
('United States', 'ICCPR-OP1', 'NOT_SIGNED', null, null, null),
('United States', 'ICCPR-OP2', 'NOT_SIGNED', null, null, null),
('United States', 'ICESCR', 'SIGNED', '1977-10-05', null, null),
('United States', 'RSR-1967', 'ACCEDED', null, '1968-11-01', null),
('United States', 'CEDAW', 'SIGNED', '1980-07-17', null, null),
('United States', 'CAT', 'RATIFIED', '1988-04-18', '1994-10-21', null),
('United States', 'OPCAT', 'NOT_SIGNED', null, null, null),
('United States', 'CRC', 'SIGNED', '1995-02-16', null, null),
('United States', 'OP-CRC-AC', 'RATIFIED', '2000-07-05', '2002-12-23', null),
('United States', 'OP-CRC-SC', 'RATIFIED', '2000-07-05', '2002-12-23', null),
('United States', 'ICMW', 'NOT_SIGNED', null, null, null),
('United States', 'CRPD', 'SIGNED', '2009-07-30', null, null),
('United States', 'CPED', 'NOT_SIGNED', null, null, null),
('United States', 'UNDRIP', 'DECLARATION', null, null, 'US announced support 2010-12-16');

-- One recommendation: its identity is the session, the state under review, the recommending state and the text
-- (as a SHA-256 fingerprint of the four, the text with its spaces evened out).
create sequence recommendation_seq start with 1 increment by 100;
create table recommendation (
    id                         bigint        primary key,
    fingerprint                varchar(64)   not null unique,
    session                    integer       not null,
    state_under_review         varchar(100)  not null,
    under_review_region        varchar(20),
    under_review_organizations varchar(500),
    recommending_state         varchar(100)  not null,
    recommending_region        varchar(20),
    recommending_organizations varchar(500),
    text                       varchar(8000) not null,
    details                    varchar(64)   not null,
    response                   varchar(10),
    action                     integer,
    imported_at                timestamp with time zone not null
);
create index recommendation_state_under_review on recommendation (state_under_review, session);

create table recommendation_issue (
    recommendation_id bigint       not null references recommendation(id) on delete cascade,
    tag               varchar(100) not null,
    primary key (recommendation_id, tag)
);

-- The network's issue areas and rights a recommendation concerns, found from its issue tags when imported.
create table recommendation_issue_area (
    recommendation_id bigint not null references recommendation(id) on delete cascade,
    issue_area_id     bigint not null references issue_area(id),
    primary key (recommendation_id, issue_area_id)
);

create table recommendation_right (
    recommendation_id bigint  not null references recommendation(id) on delete cascade,
    article           integer not null,
    primary key (recommendation_id, article)
);

-- An import of a file of recommendations, with its progress and outcome.
create table recommendation_import (
    id              uuid          primary key,
    file_name       varchar(255)  not null,
    started_by      uuid,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    state           varchar(20)   not null,
    encoding        varchar(20),
    row_count       integer       not null default 0,
    rows_done       integer       not null default 0,
    new_count       integer       not null default 0,
    updated_count   integer       not null default 0,
    unchanged_count integer       not null default 0,
    problem_line    integer,
    problem_field   varchar(40),
    problem_key     varchar(100),
    problem_value   varchar(200)
);

-- A member organization or a working group follows a recommendation up (exactly one of the two).
create table adoption (
    id                bigint generated by default as identity primary key,
    recommendation_id bigint       not null references recommendation(id) on delete cascade,
    organization_id   bigint       references organization(id) on delete cascade,
    group_id          bigint       references working_group(id) on delete cascade,
    adopter_name      varchar(200) not null,
    adopted_by        uuid         not null,
    adopted_at        timestamp with time zone not null,
    constraint adoption_one check ((organization_id is null) <> (group_id is null)),
    constraint adoption_organization unique (recommendation_id, organization_id),
    constraint adoption_group unique (recommendation_id, group_id)
);
create index adoption_organization_id on adoption (organization_id);
create index adoption_group_id on adoption (group_id);

-- What an adopter found on a date, with its evidence; each names the person who made it.
create table assessment (
    id             bigint generated by default as identity primary key,
    adoption_id    bigint        not null references adoption(id) on delete cascade,
    status         varchar(30)   not null,
    assessed_on    date          not null,
    evidence       varchar(4000) not null,
    visibility     varchar(20)   not null,
    made_by        uuid          not null,
    made_by_name   varchar(200)  not null,
    made_at        timestamp with time zone not null
);
create index assessment_adoption on assessment (adoption_id, assessed_on);

create table assessment_link (
    assessment_id bigint        not null references assessment(id) on delete cascade,
    position      integer       not null,
    url           varchar(500)  not null,
    primary key (assessment_id, position)
);

create table assessment_resource (
    assessment_id bigint not null references assessment(id) on delete cascade,
    resource_id   bigint not null references resource(id) on delete cascade,
    primary key (assessment_id, resource_id)
);

-- A review coming before a UN mechanism, with the deadline for civil society submissions.
create table un_review (
    id                  bigint generated by default as identity primary key,
    mechanism           varchar(20)   not null,
    session             varchar(100)  not null,
    starts_on           date          not null,
    ends_on             date          not null,
    submission_deadline date,
    group_id            bigint        references working_group(id) on delete set null,
    note                varchar(2000),
    created_by          uuid          not null,
    created_at          timestamp with time zone not null,
    version             bigint        not null default 0
);

-- Reminders sent for a review's deadline: once per review and number of days before it.
create table un_review_reminder (
    review_id   bigint  not null references un_review(id) on delete cascade,
    days_before integer not null,
    sent_at     timestamp with time zone not null,
    primary key (review_id, days_before)
);
