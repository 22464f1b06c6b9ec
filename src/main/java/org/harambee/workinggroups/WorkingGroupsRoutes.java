package org.harambee.workinggroups;

import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Groups, discussions and statements can be read by whoever the group lets read them (checked per group);
 * starting, joining, writing and signing need signing in; an unsubscribe link carries its own secret.
 */
@Component
class WorkingGroupsRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/groups/new", "/groups/*/discussions/new", "/statements/new").authenticated()
                .requestMatchers(HttpMethod.GET, "/groups", "/groups/*", "/groups/*/discussions/*", "/statements",
                        "/statements/*", "/statements/*/count", "/statements/*/print", "/statements/*/signatories.csv")
                .permitAll()
                .requestMatchers("/unsubscribe/*").permitAll()
                .requestMatchers("/groups", "/groups/**", "/statements", "/statements/**", "/notifications",
                        "/notifications/**").authenticated();
    }
}
