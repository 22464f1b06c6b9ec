/**
 * Events of the network: conferences, trainings, webinars, consultations and actions that staff organize, with fair
 * registration (confirmed while seats remain, then a waiting list whose first person is offered a freed seat for a
 * limited time), access and language needs read by the organizers alone and deleted after the event, check-in at
 * the door, and an iCalendar file per event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"identity::api", "mail::api", "membership::api", "related::api", "search::api", "site::api", "taxonomy::api", "workinggroups::api"})
package org.harambee.events;
