-- An individual member may say they are directly affected by the violations the network works on: staff and
-- election officers see it, and it decides who may stand for the seats reserved for directly affected people.
alter table individual_member add column directly_affected boolean not null default false;
