package org.harambee.guards;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.ServletException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads every page one person can reach, as a browser would: starting from addresses given (the routes of the
 * handler mappings, their path variables filled), following every same-site link ({@code href}) and the action of
 * every GET form found in HTML answers, and redirects. Bounded: at most {@link #PAGES} addresses, and at most
 * {@link #PER_PATH} different queries of one path (facet links multiply), each address once (path and query; the
 * language switch is not followed, as it shows the same page).
 * Sign-out and static files are not followed.
 */
final class Crawler {

    static final int PAGES = 3000;
    static final int PER_PATH = 40;

    private static final Pattern LINK = Pattern.compile("\\shref\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\saction\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTS = Pattern.compile("\\smethod\\s*=\\s*\"?post", Pattern.CASE_INSENSITIVE);
    /** The language switch: the same page in another language, not another page. */
    private static final Pattern LANGUAGE = Pattern.compile("(^|&)lang=[^&]*");
    private static final List<String> NOT_FOLLOWED = List.of("/logout", "/css/", "/js/", "/img/", "/webjars/",
            "/favicon.ico");

    /** One answer the crawl read: its address, status, and everything a reader gets (headers and body). */
    record Page(String address, int status, String text) {
    }

    interface Reader {
        void read(Page page);
    }

    private final Visitor visitor;

    Crawler(Visitor visitor) {
        this.visitor = visitor;
    }

    /** Crawls from these addresses, giving each answer to the reader; returns how many addresses were read. */
    int crawl(Collection<String> start, Reader reader) throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> queriesOfPath = new HashMap<>();
        for (String address : start) {
            enqueue(address, queue, seen, queriesOfPath);
        }
        int read = 0;
        while (!queue.isEmpty() && read < PAGES) {
            String address = queue.poll();
            read++;
            MockHttpServletResponse response;
            try {
                response = visitor.send(get(URI.create(address)));
            } catch (ServletException failed) {
                reader.read(new Page(address, 500, "unhandled " + failed.getRootCause()));
                continue;
            }
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            for (String header : response.getHeaderNames()) {
                text.append(header).append(": ").append(String.join(", ", response.getHeaders(header))).append('\n');
            }
            reader.read(new Page(address, response.getStatus(), text.append(body).toString()));
            for (String link : links(address, response, body)) {
                enqueue(link, queue, seen, queriesOfPath);
            }
        }
        return read;
    }

    private static Set<String> links(String from, MockHttpServletResponse response, String body) {
        Set<String> found = new LinkedHashSet<>();
        if (response.getRedirectedUrl() != null) {
            found.add(response.getRedirectedUrl());
        }
        if (String.valueOf(response.getContentType()).startsWith("text/html")) {
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                found.add(links.group(1));
            }
            Matcher forms = FORM.matcher(body);
            while (forms.find()) {
                Matcher action = ACTION.matcher(forms.group());
                if (!POSTS.matcher(forms.group()).find()) {
                    found.add(action.find() ? action.group(1) : from);
                }
            }
        }
        Set<String> resolved = new LinkedHashSet<>();
        for (String link : found) {
            String address = sameSite(from, HtmlUtils.htmlUnescape(link));
            if (address != null) {
                resolved.add(address);
            }
        }
        return resolved;
    }

    /** The link as a path and query on this site, or null when it leads elsewhere or cannot be an address. */
    private static String sameSite(String from, String link) {
        try {
            URI uri = URI.create("http://localhost" + from).resolve(link.strip());
            if (!"localhost".equals(uri.getHost()) || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return null;
            }
            String query = uri.getRawQuery() == null ? "" : LANGUAGE.matcher(uri.getRawQuery()).replaceAll("")
                    .replaceAll("^&|&$", "");
            return uri.getRawPath() + (query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static void enqueue(String address, Deque<String> queue, Set<String> seen, Map<String, Integer> queries) {
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        if (NOT_FOLLOWED.stream().anyMatch(path::startsWith) || !seen.add(address)) {
            return;
        }
        if (queries.merge(path, 1, Integer::sum) <= PER_PATH) {
            queue.add(address);
        }
    }

    /** How a secret may be written in an answer: as is, HTML-escaped, URL-encoded; all compared in lower case. */
    static List<String> forms(String secret) {
        return List.of(secret, HtmlUtils.htmlEscape(secret), URLEncoder.encode(secret, StandardCharsets.UTF_8))
                .stream().map(form -> form.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The secrets (of those given) that this page shows, ignoring the page's own address (which the reader typed). */
    static List<String> shown(Page page, Collection<String> secrets) {
        String text = page.text().toLowerCase(Locale.ROOT).replace(page.address().toLowerCase(Locale.ROOT), "");
        List<String> shown = new ArrayList<>();
        for (String secret : secrets) {
            if (forms(secret).stream().anyMatch(text::contains)) {
                shown.add(secret);
            }
        }
        return shown;
    }
}
