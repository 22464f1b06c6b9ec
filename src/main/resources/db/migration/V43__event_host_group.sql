-- The working group that hosts an event (its conveners organize it), and events visible to that group alone.
alter table network_event add column group_id bigint;
alter table network_event add constraint event_group_visibility check (visibility <> 'GROUP' or group_id is not null);
