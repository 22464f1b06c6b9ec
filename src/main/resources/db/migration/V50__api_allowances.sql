-- API allowances counted across nodes (harambee.api.rates-counted=database, the cluster profile): one row per caller.
create table api_allowance (
    caller varchar(200) not null primary key,
    units_left bigint not null,
    updated_at timestamp with time zone not null
);
