package org.harambee.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Reads every request's parameters and, for a multipart request, its parts before anything else does, so that a
 * request the server cannot read is answered as the client's mistake on the site's error page (or as problem JSON
 * under {@code /api/}), in the reader's language: a body over the upload limit with 413, a malformed one (a part
 * whose file name holds a NUL byte, a multipart body without its boundary, a parameter whose percent-encoding is
 * broken) with 400. Left to the filters behind it (the CSRF check reads a parameter first), the same failures
 * escaped as a 500, or as the servlet container's own page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                request.getParts();
            }
        } catch (IOException | ServletException | RuntimeException unreadable) {
            int status = tooLarge(unreadable) ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value();
            HttpServletRequest unread = new Unread(request);
            unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(status);
            request.getRequestDispatcher("/error").forward(unread, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The request as the error page reads it: without the body that could not be read (asking for a parameter of
     * it again would fail again), as a plain GET, so nothing behind checks a form that never arrived.
     */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException || cause instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }
}
