package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a person in who has just proven who they are by a link sent to them (invitation, password reset,
 * first-administrator setup), in a brand-new session: whatever session they had before is invalidated; or who has
 * just passed the second step of a sign-in or shown a passkey.
 */
@Component
class SessionSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache pagesToReturnTo = SecurityConfiguration.pagesToReturnTo();

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true);
        save(account, request, response);
    }

    /**
     * Signs in the person who has just passed the second step of a sign-in, or shown a passkey, in the session they
     * began in (which keeps the page they asked for) under a new id; returns where to go: that page, or the
     * dashboard.
     */
    String signInAndContinue(Account account, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        save(account, request, response);
        SavedRequest asked = pagesToReturnTo.getRequest(request, response);
        pagesToReturnTo.removeRequest(request, response);
        return asked == null ? "/dashboard" : asked.getRedirectUrl();
    }

    private void save(Account account, HttpServletRequest request, HttpServletResponse response) {
        HarambeeUser user = new HarambeeUser(account, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
