-- The outbox said why a message failed in the mail library's own words (class names, hosts, nested exceptions).
-- It now keeps one of the reasons staff can act on (DeliveryFailure); earlier failures become "refused".
update outbox_message set failure = 'MESSAGE_REFUSED' where failure is not null;
