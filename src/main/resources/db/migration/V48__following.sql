-- Following and digests: who follows what (members by account, visitors by an address they confirmed), how often
-- they hear of it, and the week of their last digest (claimed by one node); and the pages members saved.
create table follower (
    id            bigint primary key,
    account_id    uuid unique,
    email         varchar(320) unique,
    language      varchar(5)   not null,
    cadence       varchar(10)  not null,
    created_at    timestamp with time zone not null,
    confirmed_at  timestamp with time zone,
    link_sent_at  timestamp with time zone,
    digest_week   date,
    version       bigint       not null default 0,
    constraint follower_who check ((account_id is null) <> (email is null))
);
create sequence follower_seq start with 1 increment by 50;

create table follower_kind (
    follower_id bigint      not null references follower (id) on delete cascade,
    kind        varchar(20) not null,
    primary key (follower_id, kind)
);

create table follower_issue_area (
    follower_id   bigint not null references follower (id) on delete cascade,
    issue_area_id bigint not null,
    primary key (follower_id, issue_area_id)
);

create table follower_right (
    follower_id bigint  not null references follower (id) on delete cascade,
    article     integer not null,
    primary key (follower_id, article)
);

create table follower_group (
    follower_id bigint not null references follower (id) on delete cascade,
    group_id    bigint not null,
    primary key (follower_id, group_id)
);

create table follower_organization (
    follower_id     bigint not null references follower (id) on delete cascade,
    organization_id bigint not null,
    primary key (follower_id, organization_id)
);

create table saved_item (
    id          bigint primary key,
    account_id  uuid        not null,
    subject     varchar(20) not null,
    target_id   bigint      not null,
    saved_at    timestamp with time zone not null,
    unique (account_id, subject, target_id)
);
create sequence saved_item_seq start with 1 increment by 50;
