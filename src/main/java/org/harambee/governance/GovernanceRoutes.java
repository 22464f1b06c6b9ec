package org.harambee.governance;

import org.harambee.identity.Role;
import org.harambee.site.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Bodies, elections, their candidates and results are public; members nominate, answer, second and vote (the pages
 * check for which members); election officers describe bodies, call elections, correct rolls and count. General
 * assemblies are the members' alone (their online link, resolutions and minutes); election officers call and run
 * them.
 */
@Component
class GovernanceRoutes implements RouteRules {

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        String officer = Role.ELECTION_OFFICER.name();
        routes.requestMatchers(HttpMethod.GET, "/assemblies/new", "/assemblies/*/edit", "/assemblies/*/attendance")
                .hasRole(officer)
                .requestMatchers(HttpMethod.POST, "/assemblies", "/assemblies/*", "/assemblies/*/open",
                        "/assemblies/*/close", "/assemblies/*/minutes", "/assemblies/*/resolutions/*/amendments",
                        "/assemblies/*/resolutions/*/open", "/assemblies/*/resolutions/*/close")
                .hasRole(officer)
                .requestMatchers("/assemblies", "/assemblies/**")
                .hasRole(Role.MEMBER.name())
                .requestMatchers(HttpMethod.POST, "/elections/voting-representative", "/elections/*/nominations",
                        "/elections/*/nominations/**", "/elections/*/ballot")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/bodies/new", "/bodies/*/edit", "/elections/new",
                        "/elections/*/edit")
                .hasRole(officer)
                .requestMatchers(HttpMethod.POST, "/bodies", "/bodies/**", "/elections", "/elections/*",
                        "/elections/*/count", "/elections/*/roll")
                .hasRole(officer)
                .requestMatchers(HttpMethod.GET, "/elections/*/roll", "/elections/*/nominate",
                        "/elections/*/ballot", "/elections/*/receipt")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/bodies", "/bodies/*", "/elections", "/elections/*",
                        "/elections/*/result", "/elections/*/receipts", "/elections/*/ballots",
                        "/elections/*/nominations/*")
                .permitAll();
    }
}
