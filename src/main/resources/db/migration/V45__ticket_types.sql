-- Ticket types of an event (member delegate, guest, press…), each with its own seats (none: no limit besides the
-- event's), some for members alone; a registration holds one.
create table event_ticket_type (
    id            bigint primary key,
    event_id      bigint       not null references network_event (id),
    position      integer      not null,
    name_en       varchar(100),
    name_es       varchar(100),
    capacity      integer,
    members_only  boolean      not null,
    constraint ticket_type_name check (name_en is not null or name_es is not null),
    constraint ticket_type_capacity check (capacity is null or capacity between 1 and 100000)
);
create sequence event_ticket_type_seq start with 1 increment by 50;
alter table event_registration add column ticket_type_id bigint references event_ticket_type (id);
