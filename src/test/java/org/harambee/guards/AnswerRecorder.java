package org.harambee.guards;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what the application answers while the test suite runs, for the validators that check it afterwards
 * ({@link RecordedAnswersChecks}): every whole HTML page (through MockMvc or a real browser, signed in or not, error
 * pages too) and every API answer. Recording happens only where the build names a folder in the system property
 * {@value #FOLDER_PROPERTY} (the main test run does, see pom.xml, which empties the folder before it). Pages that
 * differ only in their CSRF token or script nonce are kept once.
 */
@Configuration(proxyBeanMethods = false)
class AnswerRecorder {

    static final String FOLDER_PROPERTY = "harambee.recordAnswersTo";
    static final String DESCRIPTION = "/api/v1/openapi.json";
    private static final Pattern ONE_TIME_VALUES = Pattern.compile("(nonce|value|content)=\"[A-Za-z0-9+/=_-]{24,}\"");
    private static final Pattern DOCTYPE = Pattern.compile("^\\s*<!DOCTYPE html", Pattern.CASE_INSENSITIVE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> answerRecording() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Recording());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setEnabled(System.getProperty(FOLDER_PROPERTY) != null);
        return registration;
    }

    private static final class Recording extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Copying copying = new Copying(response);
            try {
                chain.doFilter(request, copying);
            } finally {
                record(request, copying);
            }
        }

        private static void record(HttpServletRequest request, Copying response) {
            String type = response.getContentType() == null ? "" : response.getContentType();
            String body = response.body();
            Object original = request.getAttribute("jakarta.servlet.error.request_uri");
            String path = original != null ? original.toString() : request.getRequestURI();
            String address = request.getMethod() + " " + path
                    + (request.getQueryString() == null || original != null ? "" : "?" + request.getQueryString());
            if (path.startsWith(DESCRIPTION) && !path.equals(DESCRIPTION)
                    || response.getStatus() >= 400 && body.isEmpty() && type.isEmpty()) {
                // The description in another format; or a refusal whose answer the container's error page writes,
                // which MockMvc does not render (the real-HTTP tests record those answers).
                return;
            }
            if (path.startsWith("/api/")) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("method", request.getMethod());
                answer.put("path", path);
                answer.put("status", response.getStatus());
                answer.put("contentType", type);
                answer.put("body", body);
                // The container's error page answering a refusal: the request's own method is no longer known.
                answer.put("errorPage", original != null);
                keep(path.equals(DESCRIPTION) ? "openapi" : "api", JSON.writeValueAsString(answer), ".json", address);
            } else if (type.startsWith("text/html") && DOCTYPE.matcher(body).find()) {
                keep("html", body, ".html", address + " -> " + response.getStatus());
            }
        }
    }

    /** Passes everything written on to the response unchanged, keeping a copy (so no behaviour of it changes). */
    private static final class Copying extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final StringWriter chars = new StringWriter();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Copying(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        bytes.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter real = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] text, int off, int len) {
                        real.write(text, off, len);
                        chars.write(text, off, len);
                    }

                    @Override
                    public void flush() {
                        real.flush();
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                });
            }
            return writer;
        }

        String body() {
            return bytes.size() > 0 ? bytes.toString(StandardCharsets.UTF_8) : chars.toString();
        }
    }

    private static synchronized void keep(String kind, String content, String suffix, String address) {
        try {
            Path root = Path.of(System.getProperty(FOLDER_PROPERTY));
            String name = kind.equals("openapi") ? "openapi" : digest(ONE_TIME_VALUES.matcher(content).replaceAll("$1"));
            Path folder = Files.createDirectories(kind.equals("html") ? pageFolder(root, name) : root.resolve(kind));
            Path file = folder.resolve(name + suffix);
            if (!Files.exists(file)) {
                Files.writeString(file, content);
                Files.writeString(root.resolve(kind + ".tsv"), name + suffix + "\t" + address + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a page of this name is kept: in {@code html/}, in one of sixteen folders by the name's first hex digit,
     * so that the Nu checker can check halves of them at once.
     */
    static Path pageFolder(Path root, String name) {
        return root.resolve("html").resolve(name.substring(0, 1));
    }

    private static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
