package org.harambee.finance;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The books are the treasurers' alone: staff and administrators do not see money unless they are treasurers too. A
 * member's own dues are for whoever answers for it (the pages check which members that is). The public account is
 * read by everyone or by members only, as administrators choose (its pages check which).
 */
@Component
class FinanceRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/treasury", "/treasury/**").hasRole(Role.TREASURER.name())
                .requestMatchers("/dues", "/dues/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/transparency", "/transparency/**").permitAll();
    }
}
