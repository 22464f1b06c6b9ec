-- Membership: members (organizations and individuals) and their status history, people of
-- organizations, applications and the staff's decisions on them.
-- Identifiers come from sequences (allocated 50 at a time) so that bulk registration can batch inserts.
create sequence member_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence status_change_seq start with 1 increment by 50;
create sequence membership_application_seq start with 1 increment by 50;
create sequence application_decision_seq start with 1 increment by 50;

create table membership (
    id              bigint       primary key,
    kind            varchar(20)  not null,
    status          varchar(20)  not null,
    member_since    date,
    renewal_date    date,
    reminded_30_for date,
    reminded_7_for  date,
    founding_member boolean      not null default false,
    language        varchar(8)   not null,
    created_at      timestamp with time zone not null
);
create index membership_status_renewal on membership (status, renewal_date);
create index membership_kind_status on membership (kind, status);

create table status_change (
    id           bigint       primary key,
    member_id    bigint       not null references membership(id),
    occurred_at  timestamp with time zone not null,
    actor        varchar(254) not null,
    action       varchar(20)  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    reason       varchar(1000),
    renewal_date date
);
create index status_change_member on status_change (member_id);

create table organization (
    id                       bigint        primary key references membership(id),
    name                     varchar(200)  not null,
    name_key                 varchar(200)  not null unique,
    slug                     varchar(100)  not null unique,
    mission                  varchar(2000) not null,
    organization_type        varchar(30)   not null,
    year_founded             integer,
    budget                   varchar(20),
    staff_size               varchar(30),
    city                     varchar(100)  not null,
    state_code               varchar(2)    references us_state(code),
    zip                      varchar(10),
    country                  varchar(2),
    website                  varchar(300),
    communities_served       varchar(1000),
    grassroots               boolean       not null default false,
    led_by_directly_affected boolean       not null default false,
    listed_publicly          boolean       not null default false,
    logo_file                varchar(64),
    logo_type                varchar(20)
);
create index organization_state on organization (state_code);

create table organization_language (
    organization_id bigint     not null references organization(id),
    language        varchar(8) not null,
    primary key (organization_id, language)
);

create table organization_issue_area (
    organization_id bigint not null references organization(id),
    issue_area_id   bigint not null references issue_area(id),
    primary key (organization_id, issue_area_id)
);
create index organization_issue_area_area on organization_issue_area (issue_area_id);

create table organization_right (
    organization_id bigint  not null references organization(id),
    article         integer not null references human_right(article),
    primary key (organization_id, article)
);
create index organization_right_article on organization_right (article);

create table person (
    id                  bigint       primary key,
    organization_id     bigint       not null references organization(id),
    sort_order          integer      not null,
    name                varchar(150) not null,
    name_visibility     varchar(10)  not null,
    title               varchar(150),
    title_visibility    varchar(10)  not null,
    email               varchar(254),
    email_visibility    varchar(10)  not null,
    phone               varchar(30),
    phone_visibility    varchar(10)  not null,
    pronouns            varchar(40),
    pronouns_visibility varchar(10)  not null,
    primary_contact     boolean      not null default false,
    representative      boolean      not null default false,
    account_id          uuid
);
create index person_organization on person (organization_id);
create index person_email on person (email);
create index person_account on person (account_id);

create table individual_member (
    id                     bigint       primary key references membership(id),
    name                   varchar(150) not null,
    email                  varchar(254) not null unique,
    city                   varchar(100) not null,
    state_code             varchar(2)   not null references us_state(code),
    affiliation            varchar(200),
    listed_for_members     boolean      not null default false,
    email_visibility       varchar(10)  not null,
    location_visibility    varchar(10)  not null,
    affiliation_visibility varchar(10)  not null,
    account_id             uuid
);
create index individual_member_account on individual_member (account_id);

create table individual_member_issue_area (
    individual_member_id bigint not null references individual_member(id),
    issue_area_id        bigint not null references issue_area(id),
    primary key (individual_member_id, issue_area_id)
);

create table membership_application (
    id            bigint        primary key,
    kind          varchar(20)   not null,
    member_id     bigint        references membership(id),
    name          varchar(200)  not null,
    contact_name  varchar(150)  not null,
    contact_email varchar(254)  not null,
    language      varchar(8)    not null,
    statement     varchar(2000),
    status        varchar(30)   not null,
    submitted_at  timestamp with time zone not null,
    decided_at    timestamp with time zone
);
create index membership_application_status on membership_application (status, submitted_at);
create index membership_application_member on membership_application (member_id);

create table application_decision (
    id             bigint       primary key,
    application_id bigint       not null references membership_application(id),
    decided_at     timestamp with time zone not null,
    decided_by     varchar(254) not null,
    outcome        varchar(30)  not null,
    reason         varchar(2000)
);
create index application_decision_application on application_decision (application_id);
