-- The network's books, kept by double entry: a chart of accounts (seeded with a small nonprofit chart that
-- treasurers edit), journal entries of two or more lines whose debits equal their credits, never changed once
-- posted (a correction is a reversing entry). Amounts are exact decimals in the installation's one currency.
create table ledger_account (
    id        bigint       primary key,
    code      varchar(10)  not null unique,
    name_en   varchar(120) not null,
    name_es   varchar(120) not null,
    kind      varchar(20)  not null,
    active    boolean      not null default true,
    constraint ledger_account_kind check (kind in ('ASSET', 'LIABILITY', 'NET_ASSETS', 'INCOME', 'EXPENSE'))
);
create sequence ledger_account_seq start with 1000 increment by 50;

insert into ledger_account (id, code, name_en, name_es, kind) values
(1, '1000', 'Checking account', 'Cuenta corriente', 'ASSET'),
(2, '1010', 'Savings account', 'Cuenta de ahorros', 'ASSET'),
(3, '1100', 'Dues receivable', 'Cuotas por cobrar', 'ASSET'),
(4, '1200', 'Grants receivable', 'Subvenciones por cobrar', 'ASSET'),
(5, '1300', 'Prepaid expenses', 'Gastos pagados por adelantado', 'ASSET'),
(6, '2000', 'Accounts payable', 'Cuentas por pagar', 'LIABILITY'),
(7, '2100', 'Dues paid in advance', 'Cuotas cobradas por adelantado', 'LIABILITY'),
(8, '2200', 'Member credit', 'Saldo a favor de miembros', 'LIABILITY'),
(9, '2300', 'Payroll liabilities', 'Obligaciones de nómina', 'LIABILITY'),
(10, '3000', 'Net assets without donor restrictions', 'Patrimonio sin restricciones de donantes', 'NET_ASSETS'),
(11, '3100', 'Net assets with donor restrictions', 'Patrimonio con restricciones de donantes', 'NET_ASSETS'),
(12, '4000', 'Membership dues', 'Cuotas de membresía', 'INCOME'),
(13, '4100', 'Foundation grants', 'Subvenciones de fundaciones', 'INCOME'),
(14, '4200', 'Individual donations', 'Donaciones individuales', 'INCOME'),
(15, '4300', 'Event registrations', 'Inscripciones a eventos', 'INCOME'),
(16, '4900', 'Other income', 'Otros ingresos', 'INCOME'),
(17, '5000', 'Salaries and wages', 'Sueldos y salarios', 'EXPENSE'),
(18, '5100', 'Payroll taxes and benefits', 'Impuestos de nómina y prestaciones', 'EXPENSE'),
(19, '5200', 'Convenings and trainings', 'Encuentros y capacitaciones', 'EXPENSE'),
(20, '5300', 'Travel', 'Viajes', 'EXPENSE'),
(21, '5400', 'Rent and utilities', 'Alquiler y servicios', 'EXPENSE'),
(22, '5500', 'Professional fees', 'Honorarios profesionales', 'EXPENSE'),
(23, '5600', 'Technology', 'Tecnología', 'EXPENSE'),
(24, '5700', 'Printing and communications', 'Impresión y comunicaciones', 'EXPENSE'),
(25, '5800', 'Interpretation and translation', 'Interpretación y traducción', 'EXPENSE'),
(26, '5900', 'Bank fees', 'Comisiones bancarias', 'EXPENSE'),
(27, '5990', 'Other expenses', 'Otros gastos', 'EXPENSE');

create table journal_entry (
    id          bigint        primary key,
    entry_date  date          not null,
    description varchar(300)  not null,
    posted_at   timestamp with time zone not null,
    posted_by   uuid          not null,
    reverses_id bigint        references journal_entry (id),
    constraint journal_entry_reverses_once unique (reverses_id)
);
create sequence journal_entry_seq start with 1 increment by 50;
create index journal_entry_date on journal_entry (entry_date);

create table journal_line (
    entry_id   bigint         not null references journal_entry (id),
    position   integer        not null,
    account_id bigint         not null references ledger_account (id),
    debit      numeric(19, 4) not null,
    credit     numeric(19, 4) not null,
    memo       varchar(200),
    primary key (entry_id, position),
    constraint journal_line_one_side check (debit >= 0 and credit >= 0 and (debit = 0 or credit = 0)
        and debit + credit > 0)
);
create index journal_line_account on journal_line (account_id);
