package org.harambee.accountability;

import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The tracker's treaties, recommendations, reviews and shadow report are public; following up needs signing in.
 */
@Component
class AccountabilityRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/un", "/un/treaties", "/un/recommendations", "/un/recommendations/*",
                        "/un/reviews", "/un/reviews.ics", "/un/shadow-report", "/un/shadow-report/print",
                        "/un/shadow-report.csv").permitAll()
                .requestMatchers("/un", "/un/**").authenticated();
    }
}
