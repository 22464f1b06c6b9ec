-- A group's name is unique among the groups its creator may know of (decision 45). The database holds what
-- checking cannot against two people creating at the same moment: public and members-only groups claim their name
-- key itself, a private group its name key with its creator's account, so a private group's name never collides
-- with anyone else's. The name key stays as the order of lists, without uniqueness (the column is copied,
-- because its inline unique constraint has no name common to H2 and PostgreSQL).
alter table working_group add column name_claim varchar(200);
alter table working_group add column name_key_copy varchar(160);
update working_group set name_key_copy = name_key,
    name_claim = case when visibility = 'PRIVATE' then name_key || '@' || cast(created_by as varchar(36)) else name_key end;
alter table working_group drop column name_key;
alter table working_group rename column name_key_copy to name_key;
alter table working_group alter column name_key set not null;
alter table working_group alter column name_claim set not null;
alter table working_group add constraint working_group_name_claim unique (name_claim);
create index working_group_name_key on working_group (name_key);

-- A person is invited by the address they sign in with, whether or not anyone does (decision 46): the entry holds
-- the address until someone signing in with it accepts, and then their account.
alter table group_participant add column invited_as varchar(254);
alter table group_participant drop constraint group_participant_one;
alter table group_participant add constraint group_participant_one check (
    (case when organization_id is null then 0 else 1 end) + (case when account_id is null then 0 else 1 end)
    + (case when invited_as is null then 0 else 1 end) = 1);
alter table group_participant add constraint group_participant_address unique (group_id, invited_as);
create index group_participant_invited_as on group_participant (invited_as);

-- Two staff adding or renaming issue areas to the same English name at the same moment: the database refuses
-- the later one, which the form shows as the name being taken.
alter table issue_area add column name_key varchar(120);
update issue_area set name_key = lower(trim(name_en));
alter table issue_area alter column name_key set not null;
alter table issue_area add constraint issue_area_name_key unique (name_key);

-- An individual signer is counted, and named only to the statement's owners unless they chose to be named
-- publicly (decision 49). Those who signed before the choice existed never made it, so they are not named.
alter table statement_signature add column named_publicly boolean not null default false;
update statement_signature set named_publicly = true where kind = 'ORGANIZATION';
