-- Member organizations co-hosting an event (named by its organizers: staff any they may know, others those they
-- represent).
create table event_host_organizations (
    event_id        bigint not null references network_event (id),
    organization_id bigint not null,
    primary key (event_id, organization_id)
);
