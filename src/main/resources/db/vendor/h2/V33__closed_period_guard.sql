-- The embedded H2 database has no trigger language: the application refuses entries dated in a closed period there,
-- and PostgreSQL's trigger does too in production (db/vendor/postgresql).
select 1;
