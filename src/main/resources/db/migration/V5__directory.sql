-- Directory and linkages: what organizations offer one another and what they need (the capacity
-- exchange), and whether they want to be suggested to other members as partners.
alter table organization add column open_to_partners boolean not null default false;

create table organization_offer (
    organization_id bigint      not null references organization(id),
    capacity        varchar(40) not null,
    primary key (organization_id, capacity)
);
create index organization_offer_capacity on organization_offer (capacity);

create table organization_need (
    organization_id bigint      not null references organization(id),
    capacity        varchar(40) not null,
    primary key (organization_id, capacity)
);
create index organization_need_capacity on organization_need (capacity);
