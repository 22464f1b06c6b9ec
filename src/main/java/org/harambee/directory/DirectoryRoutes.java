package org.harambee.directory;

import org.harambee.site.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The directory, its map and the network's shape are public; the capacity exchange, partner suggestions, the
 * people directory and exports need signing in.
 */
@Component
class DirectoryRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/directory", "/directory/map", "/directory/network").permitAll()
                .requestMatchers("/directory/**").authenticated();
    }
}
