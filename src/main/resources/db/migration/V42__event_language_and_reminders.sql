-- The language an event is held in (a facet of the events list), and when its reminders went out (claimed once by
-- one node: the day before, every confirmed person is told once).
alter table network_event add column language varchar(10) default 'EN' not null;
alter table network_event add column reminders_sent_at timestamp with time zone;
