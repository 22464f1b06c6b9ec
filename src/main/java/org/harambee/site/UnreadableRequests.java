package org.harambee.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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
 * <p>
 * A NUL character (U+0000) in a parameter's name or value is removed before anything reads it: no person types it,
 * no form of ours sends it, and PostgreSQL refuses it in any text, so left in it failed searches and saves with a 500
 * on PostgreSQL while H2 took it. The forms already drop the other control characters (membership's cleaning).
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
        chain.doFilter(holdsNul(request) ? new WithoutNul(request) : request, response);
    }

    private static final char NUL = '\u0000';

    private static boolean holdsNul(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream().anyMatch(parameter -> parameter.getKey().indexOf(NUL) >= 0
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value != null && value.indexOf(NUL) >= 0));
    }

    /** The request with every NUL character taken out of its parameters' names and values. */
    private static final class WithoutNul extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutNul(HttpServletRequest request) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> cleaned.merge(name.replace(String.valueOf(NUL), ""),
                    Arrays.stream(values).map(value -> value == null ? null : value.replace(String.valueOf(NUL), ""))
                            .toArray(String[]::new),
                    (earlier, later) -> Stream.concat(Arrays.stream(earlier), Arrays.stream(later))
                            .toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(cleaned);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
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
