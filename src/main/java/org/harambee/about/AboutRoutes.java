package org.harambee.about;

import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The network's own pages are public (staff edit them in the staff area).
 */
@Component
class AboutRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/about", "/principles", "/governance", "/contact").permitAll();
    }
}
