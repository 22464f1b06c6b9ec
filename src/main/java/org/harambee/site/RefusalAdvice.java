package org.harambee.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

/**
 * A page's action that a rule refuses ({@link Refusal}) goes back to the page its handler names with
 * {@link OnRefusal}, with the refusal's message key as a flash notice (302, as every action's redirect after it
 * succeeds: reloading the page does not send the action again). An action that names no page, which no form of
 * this site sends, is answered 409 with the site's error page: nothing went wrong on our side, and nothing
 * changed. Forms that show the refusal at their fields catch it themselves ({@link Refusal#rejectInto}); the API
 * answers problem JSON ({@link ApiRefusals}).
 */
@ControllerAdvice
class RefusalAdvice {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @ExceptionHandler(Refusal.class)
    void refused(Refusal refusal, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OnRefusal back = handler.getMethodAnnotation(OnRefusal.class);
        if (back == null) {
            response.sendError(HttpStatus.CONFLICT.value());
            return;
        }
        String page = expand(back.value(), request);
        RequestContextUtils.getOutputFlashMap(request).put(back.flash(), refusal.key());
        RequestContextUtils.saveOutputFlashMap(page, request, response);
        response.setStatus(HttpStatus.FOUND.value());
        response.setHeader(HttpHeaders.LOCATION, page);
    }

    /** The address with each {@code {name}} replaced by that path variable of the request, encoded. */
    @SuppressWarnings("unchecked")
    private static String expand(String address, HttpServletRequest request) {
        if (!address.startsWith("/") || address.startsWith("//") || address.contains("\\")) {
            throw new IllegalStateException("@OnRefusal(" + address + ") must be a path of this site");
        }
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Matcher each = VARIABLE.matcher(address);
        StringBuilder expanded = new StringBuilder();
        while (each.find()) {
            String value = variables == null ? null : variables.get(each.group(1));
            if (value == null) {
                throw new IllegalStateException("@OnRefusal(" + address + ") names no path variable " + each.group(1));
            }
            each.appendReplacement(expanded, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, "UTF-8")));
        }
        return each.appendTail(expanded).toString();
    }
}
