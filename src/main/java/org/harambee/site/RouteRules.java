package org.harambee.site;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach a capability's addresses, declared by the capability itself: each module that serves pages has one
 * bean of this type. Identity applies its own rules first (static files, signing in, the API gate, the staff and
 * administration areas, addresses nothing answers), then every module's, and refuses whatever no rule allows. A
 * module's rules are its own addresses only, most specific first; object-level checks (which organization a
 * representative may edit) stay in the module's services.
 */
@NamedInterface(name = "api", propagate = false)
@FunctionalInterface
public interface RouteRules {

    void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
