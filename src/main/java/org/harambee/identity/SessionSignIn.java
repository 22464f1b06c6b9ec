package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in who has just proven who they are by a link sent to them (invitation, password reset,
 * first-administrator setup), in a brand-new session: whatever session they had before is invalidated; or who has
 * just passed the second step of a sign-in.
 */
@Component
class SessionSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true);
        save(account, request, response);
    }

    /**
     * Signs in the person who has just passed the second step of a sign-in, in the session of its first step (which
     * keeps the page they asked for) under a new id.
     */
    void signInAfterSecondStep(Account account, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        save(account, request, response);
    }

    private void save(Account account, HttpServletRequest request, HttpServletResponse response) {
        HarambeeUser user = new HarambeeUser(account, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
