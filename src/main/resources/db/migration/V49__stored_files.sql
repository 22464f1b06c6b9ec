-- Uploaded files kept in the database (harambee.files=database, the cluster profile), in chunks read one at a time.
create table stored_file_chunk (
    area varchar(40) not null,
    name varchar(60) not null,
    part integer not null,
    bytes bytea not null,
    primary key (area, name, part)
);
