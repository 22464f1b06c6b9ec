package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only when the {@link SignInThrottle} admits it for the submitted e-mail address and the
 * browser's device cookie. A refused attempt is not a wrong password: the person is told to wait, and how long,
 * whether or not the account exists (the throttle counts every address typed).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final int MAX_EMAIL_LENGTH = 254;
    /** Code units, not characters: a 128-character password may use up to two per character. */
    private static final int MAX_PASSWORD_LENGTH = 2 * PasswordPolicy.MAX_LENGTH;

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final DeviceCookies devices;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, DeviceCookies devices) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String device = attempt.getDetails() instanceof SignInDetails details
                ? devices.deviceOf(details.deviceCookie(), email).orElse(null) : null;
        SignInThrottle.Admission admission = throttle.admitPasswordCheck(email, device);
        if (!admission.admitted()) {
            throw new TooManyAttempts(admission.retryAfterSeconds());
        }
        if (email.length() > MAX_EMAIL_LENGTH || String.valueOf(attempt.getCredentials()).length() > MAX_PASSWORD_LENGTH) {
            throw new BadCredentialsException("Longer than any e-mail address or password can be; not checked");
        }
        Authentication signedIn = passwords.authenticate(attempt);
        throttle.succeeded(email, device);
        return withoutTheCookie(signedIn, attempt.getDetails());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many attempts for this e-mail address from this browser right now; the password was not checked. */
    static final class TooManyAttempts extends AuthenticationException {

        private final long secondsToWait;

        TooManyAttempts(long secondsToWait) {
            super("Too many sign-in attempts for this e-mail address; the password was not checked");
            this.secondsToWait = secondsToWait;
        }

        long secondsToWait() {
            return secondsToWait;
        }
    }

    /** The signed-in person with the request's usual details: the device cookie is not kept in the session. */
    private static Authentication withoutTheCookie(Authentication signedIn, Object details) {
        if (!(details instanceof SignInDetails sent)) {
            return signedIn;
        }
        UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(
                signedIn.getPrincipal(), signedIn.getCredentials(), signedIn.getAuthorities());
        kept.setDetails(sent.request());
        return kept;
    }

    /** The sign-in form's request details, and the browser's device cookie (for the throttle only). */
    record SignInDetails(WebAuthenticationDetails request, String deviceCookie) {

        static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source() {
            return request -> new SignInDetails(new WebAuthenticationDetails(request), DeviceCookies.cookieOf(request));
        }

        /** Never the cookie: details end up in log lines. */
        @Override
        public String toString() {
            return request.toString();
        }
    }
}
