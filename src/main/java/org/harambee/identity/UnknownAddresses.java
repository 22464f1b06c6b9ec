package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches a request that no page or operation of Harambee answers (an address like {@code /about} or
 * {@code /directory/nope}): such a request is let through to be answered "not found" in the reader's language,
 * instead of sending a visitor to sign in for a page that does not exist. An address that a page answers, with
 * any method, is not matched: its own rule applies. Static files are matched too, and are served or not found.
 */
final class UnknownAddresses implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> pages;

    UnknownAddresses(ObjectProvider<RequestMappingHandlerMapping> pages) {
        this.pages = pages;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = pages.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        try {
            return mapping.getHandler(new Unrecorded(request)) == null;
        } catch (Exception knownAddressOtherwiseAsked) {
            return false;
        }
    }

    /** The request as the mapping reads it, keeping what the lookup records to itself (the dispatcher looks again). */
    private static final class Unrecorded extends HttpServletRequestWrapper {

        private final Map<String, Object> recorded = new HashMap<>();

        Unrecorded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return recorded.containsKey(name) ? recorded.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            recorded.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            recorded.put(name, null);
        }
    }
}
