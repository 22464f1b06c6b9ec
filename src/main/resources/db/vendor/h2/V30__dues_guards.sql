-- The embedded H2 database has no trigger language: invoices are kept unchanged by the application there
-- (DuesInvoice has nothing that changes it), and by PostgreSQL's trigger as well in production (db/vendor/postgresql).
select 1;
