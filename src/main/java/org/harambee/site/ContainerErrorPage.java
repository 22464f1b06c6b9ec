package org.harambee.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

/**
 * The page the servlet container answers with when it refuses a request before the application sees it (a path
 * with a NUL byte or a broken percent-encoding, a malformed request line): the site's error page in the reader's
 * language, from the same messages, or RFC 9457 problem JSON under {@code /api/}; never the container's own page,
 * which names the server and its version. Everything the application itself answers goes through
 * {@link SiteErrorController} instead.
 */
public class ContainerErrorPage extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer out = response.getReporter();
            if (out == null) {
                return;
            }
            if (api) {
                response.setContentType("application/problem+json");
                out.write("{\"type\":\"about:blank\",\"title\":\"" + reason(status) + "\",\"status\":" + status + "}");
            } else {
                response.setContentType("text/html;charset=UTF-8");
                out.write(page(status, language(request.getHeader("Accept-Language"))));
            }
            out.flush();
        } catch (IOException | IllegalStateException cannotWrite) {
            // the client is gone or the answer was already started: nothing more can be said
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> status < 500 ? "Bad Request" : "Internal Server Error";
        };
    }

    /** Spanish when the browser prefers it to English, else English, as {@link WebConfiguration} decides. */
    static Locale language(String acceptLanguage) {
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage == null ? "" : acceptLanguage)) {
                for (Locale offered : WebConfiguration.LANGUAGES) {
                    if (range.getRange().startsWith(offered.getLanguage())) {
                        return offered;
                    }
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    private static String page(int status, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("i18n/site", locale, ContainerErrorPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String kind = status == 413 ? "413" : status < 500 ? "400" : "500";
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + text(messages, "error." + kind + ".title") + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/css/harambee.css\">\n</head>\n<body>\n<main id=\"main\">\n"
                + "<div class=\"narrow error-page\">\n<p class=\"muted\">"
                + HtmlUtils.htmlEscape(MessageFormat.format(text(messages, "error.code"), status)) + "</p>\n<h1>"
                + text(messages, "error." + kind + ".title") + "</h1>\n<p>" + text(messages, "error." + kind + ".body")
                + "</p>\n<p class=\"actions\"><a class=\"button\" href=\"/\">" + text(messages, "error.home")
                + "</a></p>\n</div>\n</main>\n</body>\n</html>\n";
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return HtmlUtils.htmlEscape(messages.getString(key));
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
