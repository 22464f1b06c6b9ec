package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RFC 9457 problem JSON that the API's security answers with (401, 429), before any controller runs.
 * The detail is in the caller's language, like every page.
 */
@Component
class ApiProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** 401 for a request that needs a signed-in caller and has none. */
    void signInNeeded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized");
    }

    /** 401 for a request whose bearer token is malformed, unknown, revoked, or of an account that cannot sign in. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.invalidToken");
    }

    /** 429, saying after how many seconds to try again. */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooManyRequests", retryAfterSeconds);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object... args) throws IOException {
        String detail = messages.getMessage(detailKey, args, locales.resolveLocale(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        json.writeValue(response.getWriter(), problem);
    }
}
