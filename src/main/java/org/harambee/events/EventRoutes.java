package org.harambee.events;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Public events are read by anyone (members-only ones by members, checked per event); members register; staff
 * describe events, read the registrations and access needs (also as a spreadsheet), write to the people registered,
 * check people in and cancel.
 */
@Component
class EventRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/events/new", "/events/*/edit", "/events/*/registrations",
                        "/events/*/registrations.csv")
                .hasRole(Role.STAFF.name())
                .requestMatchers(HttpMethod.POST, "/events", "/events/*", "/events/*/cancel", "/events/*/message",
                        "/events/*/registrations/*/check-in")
                .hasRole(Role.STAFF.name())
                .requestMatchers(HttpMethod.POST, "/events/*/registration", "/events/*/registration/*")
                .hasRole(Role.MEMBER.name())
                .requestMatchers(HttpMethod.GET, "/events", "/events/*", "/events/*/calendar.ics").permitAll();
    }
}
