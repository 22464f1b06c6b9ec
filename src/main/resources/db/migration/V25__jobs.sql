-- One model for background jobs (the imports of recommendations and organizations): queued, running with its step
-- and progress, done, failed, or interrupted when its node stopped showing signs of life (beat_at). The imports
-- keep their domain results and the id of the job that works for them; progress moves to the job.
create table job (
    id          uuid         primary key,
    kind        varchar(60)  not null,
    state       varchar(20)  not null,
    step        varchar(60),
    done_count  integer      not null default 0,
    total_count integer      not null default 0,
    queued_at   timestamp with time zone not null,
    started_at  timestamp with time zone,
    beat_at     timestamp with time zone not null,
    finished_at timestamp with time zone
);
create index job_finished_at on job (finished_at);

alter table recommendation_import add column job_id uuid;
alter table recommendation_import drop column rows_done;
alter table organization_import add column job_id uuid;
alter table organization_import drop column rows_done;
alter table organization_import drop column step;
