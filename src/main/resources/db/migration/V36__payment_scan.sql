-- A payment may carry a scan of what was received (a check, a bank slip, a cash receipt): PDF, PNG or JPEG, kept in
-- the data folder under a random name; treasurers alone read it.
alter table dues_payment add column scan_stored_as varchar(36);
alter table dues_payment add column scan_name varchar(150);
alter table dues_payment add column scan_kind varchar(10);
alter table dues_payment add constraint dues_payment_scan check ((scan_stored_as is null) = (scan_name is null)
    and (scan_stored_as is null) = (scan_kind is null) and (scan_kind is null or scan_kind in ('PDF', 'PNG', 'JPEG')));
