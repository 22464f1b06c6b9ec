-- The network's budget: for each year (its membership year, the network's fiscal year) the amount planned for an
-- income or expense account, which the reports set against the actual amounts of the books.
create table budget_line (
    budget_year integer        not null,
    account_id  bigint         not null references ledger_account (id),
    amount      numeric(19, 4) not null,
    primary key (budget_year, account_id),
    constraint budget_line_amount check (amount >= 0)
);
