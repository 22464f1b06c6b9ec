-- An invoice or credit note is never changed or deleted once issued (a correction is a credit note), and its
-- number is never reused.
create function dues_invoice_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'invoice % was issued: it is never changed once issued', old.id;
end
$$;
create trigger dues_invoice_never_changed before update or delete on dues_invoice
    for each row execute function dues_invoice_never_changed();
