-- Visitors register for events that allow it with their name and e-mail address: the registration waits
-- (unconfirmed, holding nothing) until they follow the link sent to that address, once per address and event.
alter table network_event add column open_to_visitors boolean default false not null;
alter table event_registration alter column account_id drop not null;
alter table event_registration add column visitor_email varchar(320);
alter table event_registration add column link_sent_at timestamp with time zone;
alter table event_registration add constraint registration_visitor_once unique (event_id, visitor_email);
