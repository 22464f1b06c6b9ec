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
 * One client address gets at most so many sign-in attempts and password-reset requests a minute (a passkey shown
 * counts too: {@link PasskeySignInController}); after that it gets 429 and the friendly "too many attempts" page. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the client's own address is seen here.
 */
class SignInAddressLimit extends OncePerRequestFilter {

    private static final Set<String> LIMITED = Set.of("/login", "/password/forgot");

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
        if (admitted(throttle, request, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Counts an attempt from the request's address; false, with 429 answered, when it is one too many. */
    static boolean admitted(SignInThrottle throttle, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SignInThrottle.Admission admission = throttle.admitAddress(request.getRemoteAddr());
        if (!admission.admitted()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        return admission.admitted();
    }
}
