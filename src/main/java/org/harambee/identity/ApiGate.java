package org.harambee.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.harambee.site.Allowance;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request to {@code /api/**} passes here. One that carries a personal API token
 * ({@code Authorization: Bearer hrb_…}) is answered as the token's owner, for this request only: no
 * session is created or used. A token that is malformed, unknown, revoked, or whose account cannot sign
 * in gets 401 problem JSON. Then the caller's rate is counted: per token, or per client address for
 * requests without one; over it, 429 with {@code Retry-After}.
 */
class ApiGate extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiAccess access;
    private final ApiRateLimiter limiter;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiGate(ApiAccess access, ApiRateLimiter limiter, ApiProblems problems) {
        this.access = access;
        this.limiter = limiter;
        this.problems = problems;
    }

    /** Whether this is an API request carrying a bearer token (which therefore needs no CSRF token). */
    static boolean carriesBearerToken(HttpServletRequest request) {
        return isApi(request) && bearerToken(request).isPresent();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = bearerToken(request);
        if (token.isEmpty()) {
            if (admitted(limiter.admitAddress(request.getRemoteAddr()), request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<ApiAccess.Caller> caller = access.authenticate(token.get());
        if (caller.isEmpty()) {
            if (admitted(limiter.admitAddress(request.getRemoteAddr()), request, response)) {
                problems.invalidToken(request, response);
            }
            return;
        }
        if (admitted(limiter.admitToken(caller.get().tokenId()), request, response)) {
            HarambeeUser person = caller.get().person();
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
            contexts.setContext(context);
            chain.doFilter(request, response);
        }
    }

    private boolean admitted(Allowance.Admission admission, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!admission.admitted()) {
            problems.tooManyRequests(request, response, admission.retryAfterSeconds());
        }
        return admission.admitted();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The token of an {@code Authorization: Bearer …} header (the scheme in any case); empty without one. */
    private static Optional<String> bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }
}
