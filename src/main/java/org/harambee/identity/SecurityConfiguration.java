package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which address. Object-level rules (which organization a representative may
 * edit, for example) are checked again by each capability's services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccountDetailsService accountDetails, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, Accounts accounts, ApplicationEventPublisher events) throws Exception {
        http.authenticationManager(signIn(accountDetails, passwordEncoder, throttle, events))
                .addFilterAfter(new SignedInAccountCheck(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(new SignInAddressLimit(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/img/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health").permitAll()
                        .requestMatchers("/", "/login", "/privacy", "/apply", "/apply/**", "/organizations",
                                "/organizations/**", "/password/**", "/invitation/**", "/setup/**", "/api/**").permitAll()
                        .requestMatchers("/directory/network").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/staff/**").hasRole(Role.STAFF.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard")
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(SecurityConfiguration::problemForApi, PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Passwords are checked by Spring's DAO provider behind the {@link SignInThrottle}. The password
     * check runs even for disabled accounts, so the time an answer takes does not tell them apart.
     */
    private static ProviderManager signIn(AccountDetailsService accountDetails, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accountDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setAlwaysPerformAdditionalChecksOnUser(true);
        ProviderManager manager = new ProviderManager(new ThrottledSignIn(passwords, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** API clients get RFC 9457 problem JSON instead of a redirect to the sign-in page. */
    private static void problemForApi(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in to use this part of the API.\"}");
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.STAFF.name())
                .role(Role.STAFF.name()).implies(Role.MEMBER.name())
                .role(Role.REPRESENTATIVE.name()).implies(Role.MEMBER.name())
                .build();
    }

    /** Argon2id for every new password; bcrypt hashes still verify (and can be upgraded). */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
