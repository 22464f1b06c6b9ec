-- The public account (/transparency): who may read it, as administrators choose (members only until they open it to
-- everyone), and the names the treasurers give entries for it: a grant maker or payee is named there only when a
-- treasurer gives its entry a public name; every other amount is shown only within its category.
create table public_account_setting (
    id       integer     primary key,
    audience varchar(20) not null,
    constraint public_account_audience check (audience in ('EVERYONE', 'MEMBERS'))
);
insert into public_account_setting (id, audience) values (1, 'MEMBERS');

create table public_entry_name (
    entry_id    bigint       primary key references journal_entry (id),
    public_name varchar(120) not null
);
