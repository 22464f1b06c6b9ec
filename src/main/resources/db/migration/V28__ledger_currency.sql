-- The currency the books are kept in, recorded at the first start: amounts carry no currency of their own, so a
-- start with another currency setting is refused once the books hold entries (it would relabel every amount).
create table ledger_currency (
    code varchar(3) primary key
);
