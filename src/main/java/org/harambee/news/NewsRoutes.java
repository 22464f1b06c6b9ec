package org.harambee.news;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * News is read by anyone (members-only items by members, checked per item), and its feeds by anyone; staff,
 * representatives and conveners write (checked by {@code NewsDesk.mayWrite}); staff review under {@code /staff}.
 */
@Component
class NewsRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/news/new", "/news/mine", "/news/*/edit").hasRole(Role.MEMBER.name())
                .requestMatchers(HttpMethod.POST, "/news", "/news/*").hasRole(Role.MEMBER.name())
                .requestMatchers(HttpMethod.GET, "/news", "/news/feed.atom", "/news/*").permitAll();
    }
}
