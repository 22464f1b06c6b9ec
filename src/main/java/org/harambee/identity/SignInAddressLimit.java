package org.harambee.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One client address gets at most so many sign-in attempts (with a password or a passkey) and password-reset
 * requests a minute; after that it gets 429 and the friendly "too many attempts" page. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the client's own address is seen here.
 */
class SignInAddressLimit extends OncePerRequestFilter {

    private static final Set<String> LIMITED = Set.of("/login", "/password/forgot", PasskeySignInController.PATH);

    private final SignInThrottle throttle;

    SignInAddressLimit(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !LIMITED.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignInThrottle.Admission admission = throttle.admitAddress(request.getRemoteAddr());
        if (!admission.admitted()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
