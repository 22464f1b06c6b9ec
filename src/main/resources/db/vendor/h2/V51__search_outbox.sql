-- The tables through which nodes of a cluster tell each other what to index (Hibernate Search's outbox-polling
-- coordination, used by the cluster profile only), as Hibernate Search 8.2's mapping declares them (H2's own enum
-- type for the enumerations, as Hibernate binds them).

create table hsearch_agent (
    id                   uuid                        not null,
    type                 enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                enum ('RUNNING','SUSPENDED','WAITING') not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              binary large object,
    primary key (id)
);

create table hsearch_outbox_event (
    id             uuid                        not null,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        binary large object         not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         enum ('ABORTED','PENDING')  not null,
    tenant_id      varchar(255),
    primary key (id)
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
