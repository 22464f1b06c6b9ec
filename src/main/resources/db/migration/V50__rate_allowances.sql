-- Rate allowances counted across nodes (harambee.limits.counted=database, the cluster profile): one row per caller
-- and kind of limit (API requests by token or address, membership applications by address).
create table rate_allowance (
    caller varchar(200) not null primary key,
    units_left bigint not null,
    updated_at timestamp with time zone not null
);
