package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.harambee.site.RouteRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcOperations;
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
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach which address: identity's own rules (static files, signing in, the API gate, the staff and
 * administration areas, addresses nothing answers), then each capability's {@link RouteRules}; whatever no rule
 * allows is refused. Object-level rules (which organization a representative may edit, for example) are checked
 * again by each capability's services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    /**
     * One-click unsubscribe links in group e-mails: the secret token in the address is the proof, as mail programs
     * post it without a session.
     */
    private static final RequestMatcher UNSUBSCRIBE = PathPatternRequestMatcher.pathPattern("/unsubscribe/*");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccountDetailsService accountDetails, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, Accounts accounts, ApplicationEventPublisher events, ApiAccess apiAccess,
            ApiRateLimiter apiRateLimiter, ApiProblems apiProblems, DeviceCookies devices, SecondStep secondStep,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> pages,
            ObjectProvider<RouteRules> capabilities)
            throws Exception {
        RequestCache pagesToReturnTo = pagesToReturnTo();
        http.authenticationManager(signIn(accountDetails, passwordEncoder, throttle, devices, events))
                .addFilterAfter(new SignedInAccountCheck(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiGate(apiAccess, apiRateLimiter, apiProblems), LogoutFilter.class)
                .addFilterBefore(new SignInAddressLimit(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/css/**", "/img/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                    "/actuator/health", "/actuator/health/*").permitAll()
                            .requestMatchers("/api/v1/me").authenticated()
                            .requestMatchers("/login", SecondStepController.PATH, PasskeySignInController.PATH,
                                    PasskeySignInController.PATH + "/options", "/password/**", "/invitation/**",
                                    "/setup/**", "/api/**").permitAll()
                            .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                            .requestMatchers("/staff/**").hasRole(Role.STAFF.name())
                            .requestMatchers("/account/tokens", "/account/tokens/**").hasRole(Role.MEMBER.name())
                            .requestMatchers("/account/**").authenticated()
                            .requestMatchers(new UnknownAddresses(pages)).permitAll();
                    capabilities.orderedStream().forEach(rules -> rules.addTo(requests));
                    requests.anyRequest().denyAll();
                })
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        new OrRequestMatcher(ApiGate::carriesBearerToken, UNSUBSCRIBE)))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(ThrottledSignIn.SignInDetails.source())
                        .successHandler(signedIn(devices, secondStep, accounts, pagesToReturnTo))
                        .failureHandler(SecurityConfiguration::signInFailed))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .requestCache(cache -> cache.requestCache(pagesToReturnTo))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor((request, response, reason) -> apiProblems.signInNeeded(request, response), API)
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
            SignInThrottle throttle, DeviceCookies devices, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accountDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setAlwaysPerformAdditionalChecksOnUser(true);
        ProviderManager manager = new ProviderManager(new ThrottledSignIn(passwords, throttle, devices));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * After the right password: this browser gets a device cookie for the account; then, for a person with a second
     * factor, the second step (the session is not signed in until it is passed); for a person whose role cannot be
     * used without one, the security page to set one up; for anyone else the page asked for or the dashboard.
     */
    private static AuthenticationSuccessHandler signedIn(DeviceCookies devices, SecondStep secondStep,
            Accounts accounts, RequestCache pagesToReturnTo) {
        SavedRequestAwareAuthenticationSuccessHandler pageAskedFor = new SavedRequestAwareAuthenticationSuccessHandler();
        pageAskedFor.setRequestCache(pagesToReturnTo);
        pageAskedFor.setDefaultTargetUrl("/dashboard");
        return (request, response, authentication) -> {
            devices.issue(authentication.getName(), request, response);
            HarambeeUser user = HarambeeUser.of(authentication).orElseThrow();
            Account account = accounts.findById(user.accountId()).orElseThrow();
            if (account.hasSecondFactor()) {
                secondStep.begin(user, account.passwordChangedAt(), request);
                response.sendRedirect(request.getContextPath() + SecondStepController.PATH);
            } else if (!user.rolesWantingSecondFactor().isEmpty()) {
                response.sendRedirect(request.getContextPath() + SessionSignIn.landing(user, null));
            } else {
                pageAskedFor.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** A wrong password says so; a refused attempt says how long to wait instead (the password was not checked). */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        response.sendRedirect(request.getContextPath() + (failure instanceof ThrottledSignIn.TooManyAttempts refused
                ? "/login?wait=" + refused.secondsToWait() : "/login?error"));
    }

    /**
     * The page a visitor asked for, to return to after signing in. API requests are never kept: they
     * get 401 problem JSON instead of a redirect, and must not start a session.
     */
    static RequestCache pagesToReturnTo() {
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(API)));
        return pages;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.STAFF.name())
                .role(Role.STAFF.name()).implies(Role.MEMBER.name())
                .role(Role.REPRESENTATIVE.name()).implies(Role.MEMBER.name())
                .role(Role.TREASURER.name()).implies(Role.MEMBER.name())
                .role(Role.ELECTION_OFFICER.name()).implies(Role.MEMBER.name())
                .build();
    }

    /** Passkeys as Spring Security keeps them (its table {@code user_credentials}), tied to accounts by handle. */
    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
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
