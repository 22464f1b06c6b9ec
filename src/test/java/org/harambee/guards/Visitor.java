package org.harambee.guards;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import java.util.concurrent.atomic.AtomicInteger;
import org.harambee.identity.HarambeeUser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Sends requests as one person (or as a visitor, signed out) the way a browser does: asking for HTML, with the
 * form's CSRF token on anything but GET, each request from a client address of its own so that the per-address
 * allowances (API requests, sign-ins, applications) of one guard never refuse another request.
 */
final class Visitor {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvc mvc;
    private final String role;
    private final HarambeeUser user;

    Visitor(MockMvc mvc, String role, HarambeeUser user) {
        this.mvc = mvc;
        this.role = role;
        this.user = user;
    }

    String role() {
        return role;
    }

    HarambeeUser user() {
        return user;
    }

    MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request).getResponse();
    }

    MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request, true);
    }

    /** A form sent as a forged page would send it: without the CSRF token of this person's session. */
    MockHttpServletResponse sendWithoutCsrf(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request, false).getResponse();
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, boolean withToken) throws Exception {
        int n = ADDRESSES.incrementAndGet();
        request.header("Accept", BROWSER).header("Accept-Language", "en").with(sent -> {
            sent.setRemoteAddr("10." + (200 + (n >> 16 & 0x1f)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff));
            return "GET".equals(sent.getMethod()) || !withToken ? sent : csrf().postProcessRequest(sent);
        });
        if (user != null) {
            request.with(SecurityMockMvcRequestPostProcessors.user(user));
        }
        return mvc.perform(request).andReturn();
    }

    /**
     * The answer in the words of docs/routes.md: {@code ok} (a page; for a form, accepted or answered with a
     * message at the field: 400, 409 and 422 included), {@code redirect} (a GET sent elsewhere), {@code sign-in} (sent
     * to the sign-in page), {@code notice:key} (a form answered by going back with a message, whose key is given),
     * or the status code.
     */
    static String outcome(String method, MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status / 100 == 3 && location != null && (location.endsWith("/login") || location.contains("/login?"))) {
            return "sign-in";
        }
        if (status / 100 == 2) {
            return "ok";
        }
        if (status / 100 == 3) {
            if ("GET".equals(method)) {
                return "redirect";
            }
            Object notice = result.getFlashMap().getOrDefault("notice", result.getFlashMap().get("problem"));
            return notice instanceof String key ? "notice:" + key : "ok";
        }
        if (!"GET".equals(method) && (status == 400 || status == 409 || status == 422)) {
            return "ok";
        }
        return String.valueOf(status);
    }
}
