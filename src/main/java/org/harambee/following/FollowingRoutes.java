package org.harambee.following;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Visitors follow by an address and manage it with the link mailed to it (the link is the proof); members follow,
 * save and read their list when signed in.
 */
@Component
class FollowingRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/following/visitors", "/following/visitor/*", "/following/visitor/*/stop").permitAll()
                .requestMatchers("/following", "/following/**", "/saved", "/saved/**").hasRole(Role.MEMBER.name());
    }
}
