-- The address that stops a kind of e-mail in one click (List-Unsubscribe, RFC 8058), for messages that have one.
alter table outbox_message add column unsubscribe varchar(500);
