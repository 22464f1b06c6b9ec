-- The dues reminders sent: each invoice's 30-day, 7-day and overdue reminder goes out once. The daily job of each
-- node inserts the row before it sends, in the transaction that sends: a second node's insert of the same reminder
-- fails, and it sends nothing.
create table dues_reminder (
    invoice_id bigint      not null references dues_invoice (id),
    reminder   varchar(20) not null,
    sent_on    date        not null,
    primary key (invoice_id, reminder),
    constraint dues_reminder_kind check (reminder in ('THIRTY_DAYS', 'SEVEN_DAYS', 'OVERDUE'))
);
