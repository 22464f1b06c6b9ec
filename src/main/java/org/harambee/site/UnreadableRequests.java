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
import java.util.regex.Pattern;
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
 * Characters that no person types and that HTML forbids in a page are removed from parameters' names and values
 * before anything reads them: the control characters but tab, line feed and carriage return (U+0000 to U+001F,
 * U+007F to U+009F) and the noncharacters (U+FDD0 to U+FDEF, and the last two code points of every plane). Left in,
 * NUL failed searches and saves with a 500 on PostgreSQL (which refuses it in any text), and the others came back
 * in pages that are then not valid HTML (a title saved with U+0001 broke every page listing it).
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
        chain.doFilter(holdsUntypeable(request) ? new WithoutUntypeable(request) : request, response);
    }

    /** What no person types and HTML forbids: controls but tab, LF and CR; noncharacters. */
    private static final Pattern UNTYPEABLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\x{FFFE}\\x{FFFF}\\x{1FFFE}\\x{1FFFF}"
                    + "\\x{2FFFE}\\x{2FFFF}\\x{3FFFE}\\x{3FFFF}\\x{4FFFE}\\x{4FFFF}\\x{5FFFE}\\x{5FFFF}\\x{6FFFE}\\x{6FFFF}"
                    + "\\x{7FFFE}\\x{7FFFF}\\x{8FFFE}\\x{8FFFF}\\x{9FFFE}\\x{9FFFF}\\x{AFFFE}\\x{AFFFF}\\x{BFFFE}\\x{BFFFF}"
                    + "\\x{CFFFE}\\x{CFFFF}\\x{DFFFE}\\x{DFFFF}\\x{EFFFE}\\x{EFFFF}\\x{FFFFE}\\x{FFFFF}\\x{10FFFE}\\x{10FFFF}]");

    private static boolean holdsUntypeable(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream().anyMatch(parameter -> untypeable(parameter.getKey())
                || Arrays.stream(parameter.getValue()).anyMatch(UnreadableRequests::untypeable));
    }

    private static boolean untypeable(String text) {
        return text != null && UNTYPEABLE.matcher(text).find();
    }

    private static String typeable(String text) {
        return text == null ? null : UNTYPEABLE.matcher(text).replaceAll("");
    }

    /** The request with every untypeable character taken out of its parameters' names and values. */
    private static final class WithoutUntypeable extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutUntypeable(HttpServletRequest request) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> cleaned.merge(typeable(name),
                    Arrays.stream(values).map(UnreadableRequests::typeable).toArray(String[]::new),
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
