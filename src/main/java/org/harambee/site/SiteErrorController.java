package org.harambee.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.SocketException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error ends here: a friendly page for people, RFC 9457 problem JSON for API clients (and for
 * every address under {@code /api/}, whatever the client accepts). Neither ever shows a stack trace or an
 * exception message.
 */
@Controller
class SiteErrorController implements ErrorController {

    private final MessageSource messages;

    SiteErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (forApi(request)) {
            return problem(request);
        }
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        }
        model.addAttribute("status", status.value());
        model.addAttribute("kind", kindOf(status));
        return "site/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(messages.getMessage("error." + kindOf(status) + ".body", null,
                RequestContextUtils.getLocale(request)));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString().replace(" ", "%20")));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "30");
        }
        return answer.body(problem);
    }

    private static boolean forApi(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path != null && path.toString().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The status of the error being answered; none when someone asks for {@code /error} itself, which is then a
     * page that does not exist (404), not a failure of the server.
     */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return unreachable(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                    ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status;
    }

    /**
     * Whether the failure is the database or the search cluster being out of reach (stopped, restarting, cut off):
     * then the answer is 503, to try again soon, rather than a failure of the application. Besides the exceptions
     * that say so, a connection that broke under a request (a socket closed or reset) and the SQL states of a lost
     * connection (class 08) or of a server shutting down or starting (57P01–57P03) count.
     */
    static boolean unreachable(Object failure) {
        for (Throwable cause = failure instanceof Throwable thrown ? thrown : null; cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SocketException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
    }

    private static String kindOf(HttpStatus status) {
        return switch (status.value()) {
            case 400, 403, 404, 405, 409, 413, 429, 503 -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "400" : "500";
        };
    }
}
