package org.harambee.library;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The library can be read by whoever a resource lets read it (checked per resource); representatives and
 * staff submit.
 */
@Component
class LibraryRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/library/submit", "/library/mine")
                .hasAnyRole(Role.REPRESENTATIVE.name(), Role.STAFF.name())
                .requestMatchers(HttpMethod.GET, "/library", "/library/*", "/library/*/files/*",
                        "/library/collections/*").permitAll()
                .requestMatchers("/library", "/library/**").authenticated();
    }
}
