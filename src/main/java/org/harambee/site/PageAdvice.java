package org.harambee.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Page} into the model of every HTML view. */
@ControllerAdvice
class PageAdvice {

    private final MessageSource messages;
    private final String networkName;

    PageAdvice(MessageSource messages, @Value("${harambee.network-name}") String networkName) {
        this.messages = messages;
        this.networkName = networkName;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return pageFor(request, messages, networkName);
    }

    static Page pageFor(HttpServletRequest request, MessageSource messages, String networkName) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get("notice");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Page(RequestContextUtils.getLocale(request), messages,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                SecurityContextHolder.getContext().getAuthentication(), path.isEmpty() ? "/" : path,
                request.getQueryString(), notice == null ? null : notice.toString(), networkName);
    }
}
