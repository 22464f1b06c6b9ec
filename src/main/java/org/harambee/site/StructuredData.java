package org.harambee.site;

import java.util.Map;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data for search engines and link previews (schema.org JSON-LD). The JSON goes inside a
 * JSON-LD script element, which the browser never runs, so the strict
 * Content-Security-Policy does not need to allow it; but the text must not be able to close the element. So
 * {@code <}, {@code >} and {@code &} (and the JavaScript line separators) are written as {@code \u003c} and so
 * on, which any JSON reader reads back as the same characters.
 */
@NamedInterface(name = "api", propagate = false)
public final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredData() {
    }

    /** The data as JSON safe to put, unescaped, inside a script element. */
    public static String jsonLd(Map<String, ?> data) {
        return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
