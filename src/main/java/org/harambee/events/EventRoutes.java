package org.harambee.events;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Public events are read by anyone (members-only and group ones as each event says); members register, and
 * visitors too where the event allows it (managing it with the link mailed to them); organizers
 * (staff, and the conveners of the hosting group: checked per event, {@code EventOffice.organized}) describe events,
 * read the registrations and access needs (also as a spreadsheet), write to the people registered, check people in
 * and cancel.
 */
@Component
class EventRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/events/new", "/events/*/edit", "/events/*/registrations",
                        "/events/*/registrations.csv")
                .hasRole(Role.MEMBER.name())
                .requestMatchers(HttpMethod.POST, "/events", "/events/*", "/events/*/cancel", "/events/*/message",
                        "/events/*/registrations/*/check-in", "/events/*/registration", "/events/*/registration/*")
                .hasRole(Role.MEMBER.name())
                .requestMatchers(HttpMethod.POST, "/events/*/visitors", "/events/*/visitor/*/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/events", "/events/*", "/events/*/calendar.ics",
                        "/events/*/visitor/*").permitAll();
    }
}
