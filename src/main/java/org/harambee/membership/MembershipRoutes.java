package org.harambee.membership;

import org.harambee.site.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Applying and organization pages are public (editing is checked per organization); a member's own
 * membership pages need signing in.
 */
@Component
class MembershipRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/apply", "/apply/**", "/organizations", "/organizations/**").permitAll()
                .requestMatchers("/membership", "/membership/**").authenticated();
    }
}
