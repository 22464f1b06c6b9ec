-- PostgreSQL refuses, beside the application, any journal entry dated on or before the day the books are closed
-- through.
create function journal_entry_in_open_period() returns trigger language plpgsql as $$
begin
    if new.entry_date <= (select max(through) from closed_period) then
        raise exception 'the books are closed through %: no entry is dated % any more',
            (select max(through) from closed_period), new.entry_date;
    end if;
    return new;
end
$$;
create trigger journal_entry_in_open_period before insert on journal_entry
    for each row execute function journal_entry_in_open_period();
