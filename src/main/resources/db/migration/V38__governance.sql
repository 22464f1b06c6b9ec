-- Governance: the network's bodies and their seats, elections with their voter roll, nominations and ballots.

-- A governing body (the Coordinating Committee, a committee): terms of so many years, at most so many terms in a
-- row (null: no limit).
create table governing_body (
    id             bigint primary key,
    slug           varchar(80)   not null unique,
    name_en        varchar(200)  not null,
    name_es        varchar(200),
    description_en varchar(4000),
    description_es varchar(4000),
    term_years     integer       not null,
    term_limit     integer,
    created_at     timestamp with time zone not null,
    version        bigint        not null default 0,
    constraint governing_body_term check (term_years between 1 and 10 and (term_limit is null or term_limit >= 1))
);
create sequence governing_body_seq start with 1 increment by 50;

-- A class of seats of a body: open (no rule), or reserved by a rule on the candidate member's profile: grassroots
-- organization, organization led by directly affected people, directly-affected individual (all of the chosen
-- criteria, or any of them), and a region (space-separated state codes; null: anywhere).
create table seat_class (
    id                  bigint primary key,
    body_id             bigint       not null references governing_body (id),
    name_en             varchar(200) not null,
    name_es             varchar(200),
    seats               integer      not null,
    grassroots          boolean      not null,
    affected_led        boolean      not null,
    affected_individual boolean      not null,
    match_all           boolean      not null,
    states              varchar(400),
    position            integer      not null,
    constraint seat_class_seats check (seats between 1 and 100)
);
create sequence seat_class_seq start with 1 increment by 50;

-- Who sits (sat) in a seat of a body, for which member, from when until when, in which office if any.
create table seat_term (
    id            bigint primary key,
    body_id       bigint       not null references governing_body (id),
    seat_class_id bigint       not null references seat_class (id),
    member_id     bigint       not null,
    holder        varchar(200) not null,
    office        varchar(20),
    starts_on     date         not null,
    ends_on       date         not null,
    election_id   bigint,
    constraint seat_term_dates check (ends_on > starts_on)
);
create sequence seat_term_seq start with 1 increment by 50;
create index seat_term_body on seat_term (body_id, ends_on);

-- An election: the seats of a body to fill (election_seats), or a single question. Its timeline, method, record
-- date (the voter roll is good standing on that day), who votes, and, once counted, the seed its lots came from.
create table election (
    id                 bigint primary key,
    slug               varchar(80)   not null unique,
    body_id            bigint references governing_body (id),
    title_en           varchar(200)  not null,
    title_es           varchar(200),
    question_en        varchar(2000),
    question_es        varchar(2000),
    method             varchar(20)   not null,
    threshold          varchar(20),
    nominations_open   timestamp with time zone,
    nominations_close  timestamp with time zone,
    voting_opens       timestamp with time zone not null,
    voting_closes      timestamp with time zone not null,
    record_date        date          not null,
    organizations_vote boolean       not null,
    individuals_vote   boolean       not null,
    seconders          integer       not null,
    changeable         boolean       not null,
    term_starts        date,
    seed               bigint,
    counted_at         timestamp with time zone,
    created_by         uuid          not null,
    created_at         timestamp with time zone not null,
    version            bigint        not null default 0,
    constraint election_timeline check (voting_closes > voting_opens
        and (nominations_open is null or (nominations_close > nominations_open and voting_opens >= nominations_close))),
    constraint election_seconders check (seconders between 0 and 10)
);
create sequence election_seq start with 1 increment by 50;

create table election_seats (
    election_id   bigint  not null references election (id),
    seat_class_id bigint  not null references seat_class (id),
    seats         integer not null,
    primary key (election_id, seat_class_id),
    constraint election_seats_count check (seats between 1 and 100)
);

-- A member nominated as a candidate (the person who would sit named), by whom, its statement in English and/or
-- Spanish, whether the nominee accepted; at the count, the seat classes it was eligible for and whether elected.
create table nomination (
    id                  bigint primary key,
    election_id         bigint       not null references election (id),
    candidate_member_id bigint       not null,
    candidate_name      varchar(200) not null,
    nominator_member_id bigint       not null,
    nominated_by        uuid         not null,
    statement_en        varchar(4000),
    statement_es        varchar(4000),
    status              varchar(20)  not null,
    nominated_at        timestamp with time zone not null,
    answered_at         timestamp with time zone,
    eligible_classes    varchar(400),
    elected_class_id    bigint,
    elected_order       integer,
    constraint nomination_once unique (election_id, candidate_member_id)
);
create sequence nomination_seq start with 1 increment by 50;

create table seconding (
    nomination_id bigint not null references nomination (id),
    member_id     bigint not null,
    primary key (nomination_id, member_id)
);

-- Staff corrections of an election's voter roll: put on it or taken off it, with the reason (also in the audit log).
create table roll_correction (
    election_id  bigint        not null references election (id),
    member_id    bigint        not null,
    on_roll      boolean       not null,
    reason       varchar(500)  not null,
    corrected_by uuid          not null,
    corrected_at timestamp with time zone not null,
    primary key (election_id, member_id)
);

-- The organization's representative who casts its one vote.
create table voting_representative (
    member_id  bigint primary key,
    account_id uuid   not null,
    chosen_by  uuid   not null,
    chosen_at  timestamp with time zone not null
);

-- The secret ballot. The marked register says which members voted, and nothing else (no time, no account). A ballot
-- paper says what was voted, under a random key, with the receipt code its voter was shown once: no member, account,
-- session or time, and the papers are written again in a random order when the election closes.
create table marked_register (
    election_id bigint not null references election (id),
    member_id   bigint not null,
    primary key (election_id, member_id)
);

create table ballot_paper (
    id          uuid          primary key,
    election_id bigint        not null references election (id),
    receipt     varchar(24)   not null,
    choices     varchar(2000) not null,
    constraint ballot_paper_receipt unique (election_id, receipt)
);
