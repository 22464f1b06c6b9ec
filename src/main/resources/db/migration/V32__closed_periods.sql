-- Periods the treasurers close: the books are closed through the latest day closed, and no entry is posted on or
-- before it (a correction is a reversing entry dated in an open period). Each closing is kept, with who and when.
create table closed_period (
    id         bigint primary key,
    through    date   not null unique,
    closed_by  uuid   not null,
    closed_at  timestamp with time zone not null
);
create sequence closed_period_seq start with 1 increment by 50;
