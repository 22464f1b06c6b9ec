-- The outbox keeps no single-use link: the link is given to the delivery only (issue 13, decision 39).
alter table outbox_message add column readable_by_staff boolean default false not null;
alter table outbox_message add column group_id bigint;
alter table outbox_message add column participants_only boolean default false not null;
alter table outbox_message add column link_withheld boolean default false not null;
-- Messages kept before: reset and invitation links are wiped (their bodies stay private to the recipient), and group
-- notifications, whose group cannot be told any more and whose unsubscribe links could stop someone's mail, go
-- (every post stays in its group, and in the app's notifications).
delete from outbox_message where unsubscribe is not null or body like '%/unsubscribe/%';
update outbox_message set body = '', link_withheld = true
    where body like '%/password/reset/%' or body like '%/invitation/%' or body like '%/setup/%';
alter table outbox_message drop column unsubscribe;

-- The working group an audit entry is about: readers to whom the group is closed see "a private group" only, and
-- entries about its participants-only matters (tasks, meetings, closed discussions, draft statements) are read by
-- those taking part only.
alter table audit_entry add column group_id bigint;
alter table audit_entry add column participants_only boolean default false not null;
create index audit_entry_group on audit_entry (group_id);
update audit_entry set group_id = (select g.id from working_group g
        where audit_entry.subject = ('group ' || g.id) or audit_entry.subject like ('post % in group ' || g.id))
    where audit_entry.subject like 'group %' or audit_entry.subject like 'post % in group %';
update audit_entry set group_id = (select s.group_id from statement s where audit_entry.subject = ('statement ' || s.id))
    where audit_entry.subject like 'statement %';
update audit_entry set group_id = (select r.group_id from resource r where audit_entry.subject = ('resource ' || r.id))
    where audit_entry.subject like 'resource %';
update audit_entry set group_id = (select min(g.id) from working_group g
        where audit_entry.details = g.name or audit_entry.details like (g.name || ': %'))
    where audit_entry.action in ('accountability.adopted', 'accountability.withdrawn', 'accountability.assessed');
update audit_entry set participants_only = true
    where group_id is not null and action in ('groups.task-added', 'groups.meeting-scheduled', 'groups.post-hidden',
        'groups.discussion-locked', 'groups.discussion-unlocked', 'statements.drafted', 'statements.edited');
-- What was typed into the e-mail field of a failed sign-in is not kept unless it is an account's address; client
-- addresses are kept in their own column only (and dropped after harambee.audit.address-retention).
update audit_entry set actor = 'unknown account', subject = 'unknown account'
    where action in ('sign-in.failed', 'sign-in.throttled')
      and not exists (select 1 from account a where a.email = audit_entry.subject);
update audit_entry set details = null where action = 'password.reset-requested';
update audit_entry set details = 'a link was sent less than a minute ago' where action = 'password.reset-not-sent';

-- The key that signs sign-in device cookies (one row; made by the first node that needs it).
create table sign_in_device_key (
    id     integer primary key,
    secret varchar(64) not null
);
