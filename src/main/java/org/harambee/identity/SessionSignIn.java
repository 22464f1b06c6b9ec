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

    /** Returns where to go: the dashboard, or the security page while a role of theirs waits for a second factor. */
    String signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true);
        return landing(save(account, request, response), "/dashboard");
    }

    /**
     * Where a person signed in goes: to the security page first while a role of theirs cannot be used without a
     * second factor (the first sign-in of a new administrator, say), elsewhere the page given.
     */
    static String landing(HarambeeUser user, String otherwise) {
        return user.rolesWantingSecondFactor().isEmpty() ? otherwise : SecondFactorsController.PATH;
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

    private HarambeeUser save(Account account, HttpServletRequest request, HttpServletResponse response) {
        HarambeeUser user = new HarambeeUser(account, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return user;
    }
}
