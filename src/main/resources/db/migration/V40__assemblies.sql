-- General assemblies: the meeting, who is checked in, proxies (every delegation kept), resolutions with their
-- seconds, amendments and votes. A vote is kept as who voted (assembly_vote_register) apart from the totals on the
-- resolution: no row says how a member voted.
create table assembly (
    id                   bigint primary key,
    slug                 varchar(80)   not null unique,
    title_en             varchar(200)  not null,
    title_es             varchar(200),
    agenda_en            varchar(5000),
    agenda_es            varchar(5000),
    starts_at            timestamp with time zone not null,
    place                varchar(300),
    online_link          varchar(500),
    record_date          date          not null,
    organizations_vote   boolean       not null,
    individuals_vote     boolean       not null,
    quorum_kind          varchar(10)   not null,
    quorum_value         integer       not null,
    max_proxies          integer       not null,
    seconders            integer       not null,
    resolutions_close    timestamp with time zone not null,
    opened_at            timestamp with time zone,
    closed_at            timestamp with time zone,
    minutes_en           varchar(20000),
    minutes_es           varchar(20000),
    minutes_published_at timestamp with time zone,
    created_by           uuid          not null,
    created_at           timestamp with time zone not null,
    version              bigint        not null default 0,
    constraint assembly_quorum check ((quorum_kind = 'SHARE' and quorum_value between 1 and 100)
        or (quorum_kind = 'NUMBER' and quorum_value >= 1)),
    constraint assembly_proxies check (max_proxies between 0 and 20),
    constraint assembly_seconders check (seconders between 0 and 10),
    constraint assembly_session check (closed_at is null or (opened_at is not null and closed_at >= opened_at))
);
create sequence assembly_seq start with 1 increment by 50;

create table assembly_attendance (
    assembly_id bigint  not null references assembly (id),
    member_id   bigint  not null,
    present     boolean not null,
    changed_by  uuid    not null,
    changed_at  timestamp with time zone not null,
    primary key (assembly_id, member_id)
);

create table assembly_proxy (
    id          bigint primary key,
    assembly_id bigint not null references assembly (id),
    grantor_id  bigint not null,
    holder_id   bigint,
    recorded_by uuid   not null,
    recorded_at timestamp with time zone not null,
    constraint proxy_not_self check (holder_id is null or holder_id <> grantor_id)
);
create sequence assembly_proxy_seq start with 1 increment by 50;
create index assembly_proxy_grantor on assembly_proxy (assembly_id, grantor_id);

create table resolution (
    id                bigint primary key,
    assembly_id       bigint        not null references assembly (id),
    number            integer       not null,
    title_en          varchar(200),
    title_es          varchar(200),
    text_en           varchar(10000),
    text_es           varchar(10000),
    submitted_text_en varchar(10000),
    submitted_text_es varchar(10000),
    member_id         bigint        not null,
    submitted_by      uuid          not null,
    submitted_at      timestamp with time zone not null,
    threshold         varchar(20),
    voting_opened_at  timestamp with time zone,
    voting_closed_at  timestamp with time zone,
    represented       integer,
    roll_size         integer,
    yes_votes         integer       not null default 0,
    no_votes          integer       not null default 0,
    abstentions       integer       not null default 0,
    adopted           boolean,
    version           bigint        not null default 0,
    constraint resolution_number unique (assembly_id, number),
    constraint resolution_title check (title_en is not null or title_es is not null),
    constraint resolution_text check (text_en is not null or text_es is not null)
);
create sequence resolution_seq start with 1 increment by 50;

create table resolution_second (
    resolution_id bigint not null references resolution (id),
    member_id     bigint not null,
    seconded_by   uuid   not null,
    seconded_at   timestamp with time zone not null,
    primary key (resolution_id, member_id)
);

create table amendment (
    id            bigint primary key,
    resolution_id bigint        not null references resolution (id),
    number        integer       not null,
    summary       varchar(2000) not null,
    moved_by      varchar(200),
    adopted       boolean       not null,
    text_en       varchar(10000),
    text_es       varchar(10000),
    recorded_by   uuid          not null,
    recorded_at   timestamp with time zone not null,
    constraint amendment_number unique (resolution_id, number)
);
create sequence amendment_seq start with 1 increment by 50;

create table assembly_vote_register (
    resolution_id bigint not null references resolution (id),
    member_id     bigint not null,
    primary key (resolution_id, member_id)
);
