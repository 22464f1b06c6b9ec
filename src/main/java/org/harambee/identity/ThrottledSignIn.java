package org.harambee.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a password only when the {@link SignInThrottle} admits it for the submitted e-mail address.
 * A refused attempt fails like a wrong password, so the answer never tells whether the account exists.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final int MAX_EMAIL_LENGTH = 254;
    /** Code units, not characters: a 128-character password may use up to two per character. */
    private static final int MAX_PASSWORD_LENGTH = 2 * PasswordPolicy.MAX_LENGTH;

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        if (!throttle.admitPasswordCheck(email)) {
            throw new TooManyAttempts();
        }
        if (email.length() > MAX_EMAIL_LENGTH || String.valueOf(attempt.getCredentials()).length() > MAX_PASSWORD_LENGTH) {
            throw new BadCredentialsException("Longer than any e-mail address or password can be; not checked");
        }
        Authentication signedIn = passwords.authenticate(attempt);
        throttle.succeeded(email);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many attempts for this e-mail address right now; the password was not checked. */
    static final class TooManyAttempts extends AuthenticationException {

        TooManyAttempts() {
            super("Too many sign-in attempts for this e-mail address; the password was not checked");
        }
    }
}
