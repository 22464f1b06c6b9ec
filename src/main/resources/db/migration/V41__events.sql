-- Network events (conferences, trainings, webinars, consultations, actions) and their registrations: confirmed while
-- seats remain, then a waiting list whose first person is offered a freed seat for a limited time. Access and
-- language needs are kept apart from the registration, for the organizers, and deleted after the event.
create table network_event (
    id                   bigint primary key,
    slug                 varchar(80)   not null unique,
    title_en             varchar(200),
    title_es             varchar(200),
    description_en       varchar(20000),
    description_es       varchar(20000),
    kind                 varchar(20)   not null,
    starts_at            timestamp with time zone not null,
    ends_at              timestamp with time zone not null,
    time_zone            varchar(60)   not null,
    place                varchar(300),
    online_link          varchar(500),
    visibility           varchar(20)   not null,
    capacity             integer,
    registration_opens   timestamp with time zone not null,
    registration_closes  timestamp with time zone not null,
    cancelled_at         timestamp with time zone,
    created_by           uuid          not null,
    created_at           timestamp with time zone not null,
    version              bigint        not null default 0,
    constraint event_title check (title_en is not null or title_es is not null),
    constraint event_times check (ends_at > starts_at and registration_closes > registration_opens
        and registration_closes <= ends_at),
    constraint event_capacity check (capacity is null or capacity between 1 and 100000)
);
create sequence network_event_seq start with 1 increment by 50;

create table event_issue_areas (
    event_id      bigint not null references network_event (id),
    issue_area_id bigint not null,
    primary key (event_id, issue_area_id)
);

create table event_registration (
    id                bigint primary key,
    event_id          bigint       not null references network_event (id),
    account_id        uuid         not null,
    name              varchar(200) not null,
    email             varchar(320) not null,
    language          varchar(10)  not null,
    status            varchar(20)  not null,
    registered_at     timestamp with time zone not null,
    offer_expires_at  timestamp with time zone,
    checked_in_at     timestamp with time zone,
    version           bigint       not null default 0,
    constraint registration_once unique (event_id, account_id)
);
create sequence event_registration_seq start with 1 increment by 50;
create index event_registration_waiting on event_registration (event_id, status, registered_at);

create table event_access_needs (
    registration_id bigint primary key references event_registration (id),
    interpretation  varchar(100),
    captioning      boolean not null,
    wheelchair      boolean not null,
    dietary         varchar(300),
    childcare       boolean not null,
    other           varchar(1000)
);
