-- Resources shared with one working group only: its participants (and staff) read them.
alter table resource add column group_id bigint references working_group(id);
create index resource_group on resource (group_id);
