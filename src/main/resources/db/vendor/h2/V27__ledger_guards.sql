-- The embedded H2 database has no deferred triggers: the books' balance and immutability are guarded by the
-- application there (JournalEntry), and by PostgreSQL's triggers as well in production (db/vendor/postgresql).
select 1;
