-- The text the library searches is read from each file's current version; the resource no longer keeps a copy,
-- so recording a file's text never rewrites the resource's row.
alter table resource drop column content;
