package org.harambee.site;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The home and privacy pages are public; the dashboard is for people signed in.
 */
@Component
class SiteRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/", "/privacy").permitAll()
                .requestMatchers("/dashboard").authenticated();
    }
}
