-- News, stories and action alerts. Staff publish; representatives and conveners submit, and staff publish or
-- decline what they submit. Each item names its issue areas and rights, and the pages it is about (organizations,
-- groups, statements, events, resources, recommendations), which show it in turn.
create table news_item (
    id              bigint primary key,
    kind            varchar(20)    not null,
    title_en        varchar(200),
    title_es        varchar(200),
    body_en         varchar(20000),
    body_es         varchar(20000),
    visibility      varchar(20)    not null,
    status          varchar(20)    not null,
    action_deadline date,
    action_text     varchar(200),
    action_link     varchar(500),
    submitted_by    uuid           not null,
    submitted_at    timestamp with time zone not null,
    reviewed_by     uuid,
    published_at    timestamp with time zone,
    decline_reason  varchar(1000),
    version         bigint         not null default 0,
    constraint news_title check (title_en is not null or title_es is not null),
    constraint news_body check (body_en is not null or body_es is not null),
    constraint news_alert check (kind <> 'ALERT' or (action_deadline is not null and action_text is not null
        and action_link is not null)),
    constraint news_published check (status <> 'PUBLISHED' or published_at is not null)
);
create sequence news_item_seq start with 1 increment by 50;
create index news_item_published on news_item (status, published_at);

create table news_item_issue_area (
    news_item_id  bigint not null references news_item (id),
    issue_area_id bigint not null,
    primary key (news_item_id, issue_area_id)
);

create table news_item_right (
    news_item_id bigint  not null references news_item (id),
    article      integer not null,
    primary key (news_item_id, article)
);

create table news_item_link (
    news_item_id bigint      not null references news_item (id),
    subject      varchar(20) not null,
    target_id    bigint      not null,
    primary key (news_item_id, subject, target_id)
);
create index news_item_link_target on news_item_link (subject, target_id);
