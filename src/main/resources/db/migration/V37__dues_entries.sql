-- The entries dues post themselves (invoices, payments, credit notes, dues moved into their year) are corrected by
-- a credit note, never by reversing them in the journal: the invoice or payment they belong to would still count.
alter table journal_entry add column posted_by_dues boolean not null default false;
