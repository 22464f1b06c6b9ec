-- PostgreSQL guards the books itself, beside the rules of the application: a journal entry and its lines are never
-- updated or deleted once posted (a correction is a reversing entry), no line is added to an entry written by an
-- earlier transaction, and at commit every entry written has two lines or more whose debits equal their credits
-- (a deferred constraint trigger: the lines are written one by one).
create function journal_never_changed() returns trigger language plpgsql as $$
begin
    raise exception 'journal entries and their lines are never changed once posted (%)', tg_table_name;
end
$$;
create trigger journal_entry_never_changed before update or delete on journal_entry
    for each row execute function journal_never_changed();
create trigger journal_line_never_changed before update or delete on journal_line
    for each row execute function journal_never_changed();

create function journal_line_with_its_entry() returns trigger language plpgsql as $$
begin
    if (select xmin from journal_entry where id = new.entry_id) is distinct from pg_current_xact_id()::xid then
        raise exception 'journal entry % was posted already: its lines are never changed once posted', new.entry_id;
    end if;
    return new;
end
$$;
create trigger journal_line_with_its_entry before insert on journal_line
    for each row execute function journal_line_with_its_entry();

create function journal_entry_balances(entry bigint) returns void language plpgsql as $$
declare
    lines   integer;
    debits  numeric;
    credits numeric;
begin
    select count(*), coalesce(sum(debit), 0), coalesce(sum(credit), 0) into lines, debits, credits
        from journal_line where entry_id = entry;
    if lines < 2 or debits <> credits then
        raise exception 'journal entry % does not balance: % lines, debits %, credits %', entry, lines, debits, credits;
    end if;
end
$$;
create function journal_entry_written() returns trigger language plpgsql as $$
begin
    perform journal_entry_balances(new.id);
    return null;
end
$$;
create function journal_line_written() returns trigger language plpgsql as $$
begin
    perform journal_entry_balances(new.entry_id);
    return null;
end
$$;
create constraint trigger journal_entry_balanced after insert on journal_entry deferrable initially deferred
    for each row execute function journal_entry_written();
create constraint trigger journal_line_balanced after insert on journal_line deferrable initially deferred
    for each row execute function journal_line_written();
