package org.harambee.site;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Page} into the model of every HTML view. */
@ControllerAdvice
class PageAdvice {

    private final MessageSource messages;
    private final String networkName;
    private final ObjectProvider<UnreadNotifications> unread;
    private final ZoneId zone;

    PageAdvice(MessageSource messages, Installation installation,
            ObjectProvider<UnreadNotifications> unread) {
        this.messages = messages;
        this.zone = installation.timeZone();
        this.networkName = installation.networkName();
        this.unread = unread;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        Page page = pageFor(request, messages, networkName, zone);
        UnreadNotifications counter = unread.getIfAvailable();
        if (page.signedIn() && counter != null) {
            Authentication person = SecurityContextHolder.getContext().getAuthentication();
            page.unread(() -> counter.unread(person));
        }
        return page;
    }

    static Page pageFor(HttpServletRequest request, MessageSource messages, String networkName, ZoneId zone) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get("notice");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Page(RequestContextUtils.getLocale(request), messages,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                SecurityContextHolder.getContext().getAuthentication(), path.isEmpty() ? "/" : path,
                request.getQueryString(), notice == null ? null : notice.toString(), networkName, assets(request), zone);
    }

    /** Versioned addresses of static files, from the resource chain (the address as given when there is none). */
    private static UnaryOperator<String> assets(HttpServletRequest request) {
        ResourceUrlProvider urls = (ResourceUrlProvider) request.getAttribute(
                ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        return path -> {
            String versioned = urls == null ? null : urls.getForLookupPath(path);
            return versioned == null ? path : versioned;
        };
    }
}
