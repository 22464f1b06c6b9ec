package org.harambee.site;

import java.text.Normalizer;
import org.springframework.modulith.NamedInterface;

/**
 * The name a browser sent with an uploaded file, reduced to what may be stored and shown: the base name without
 * folders, control or format characters (a NUL among them, which PostgreSQL refuses in any text), or characters that
 * mean something to file systems or headers, at most {@link #MAX_LENGTH} characters with its extension kept. Every
 * upload (library files, imports) keeps its name through this one rule.
 */
@NamedInterface(name = "api", propagate = false)
public final class UploadedFileName {

    public static final int MAX_LENGTH = 150;

    private UploadedFileName() {
    }

    /** The readable base name of what was sent; {@code base} (followed by any extension) when nothing else is left. */
    public static String of(String original, String base) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").replaceAll("[<>:\"|?*;%]", "_").strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("\\s+", " ");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            int end = MAX_LENGTH - extension.length();
            name = name.substring(0, Character.isLowSurrogate(name.charAt(end)) ? end - 1 : end).strip() + extension;
        }
        if (name.isEmpty() || name.startsWith(".")) {
            return base + name;
        }
        return name;
    }
}
