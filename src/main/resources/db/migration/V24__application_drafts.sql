-- Organization applications being written step by step (ApplicationDrafts): the answers so far as JSON, reached
-- only by a link signed with the installation's key; deleted when sent and 30 days after they were last saved.
create table application_draft (
    id uuid primary key,
    answers varchar(100000) not null,
    saved_at timestamp with time zone not null
);
create index application_draft_saved_at on application_draft (saved_at);
