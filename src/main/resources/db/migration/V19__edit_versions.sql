-- Optimistic locking of records people edit through forms: each carries a version that every change bumps; an
-- edit form sends back the version it showed, and a save from an older version is refused (docs/decisions.md).
alter table membership add column version bigint not null default 0;
alter table issue_area add column version bigint not null default 0;
alter table account add column version bigint not null default 0;
alter table membership_application add column version bigint not null default 0;
