package org.harambee.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Someone else changed the record meanwhile and this change lost: nothing of it was saved. Whether two saves met
 * in the database ({@code @Version}) or a form was sent from a version that is no longer current
 * ({@link EditedVersion}), a page sent from a form of this site is shown again (303 to the page the form was on,
 * from the {@code Referer}), now holding the record as it is, with a message saying that someone else changed it
 * and asking to make the change again. Without a page to return to, and for the API, the answer is 409 (the site's
 * page or problem JSON): never the 500 page, since nothing went wrong on our side.
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

    static final String NOTICE = "site.changedMeanwhile";

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void changedMeanwhile(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> form = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? Optional.empty() : formPage(request);
        if (form.isEmpty()) {
            response.sendError(HttpStatus.CONFLICT.value());
            return;
        }
        RequestContextUtils.getOutputFlashMap(request).put("notice", NOTICE);
        RequestContextUtils.saveOutputFlashMap(form.get(), request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, form.get());
    }

    /** The page of this site the form was sent from (path and query), if the browser said so. */
    private static Optional<String> formPage(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI from = URI.create(referer);
            if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || from.getRawPath() == null || !from.getRawPath().startsWith("/")
                    || from.getRawPath().startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
