package org.harambee.library;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the library accepts, with the extensions that name them and the type they are served as. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    TXT("text/plain;charset=UTF-8", "txt"),
    HTML("text/html;charset=UTF-8", "html", "htm");

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the content is plain text (the same bytes may be named .txt or .html). */
    boolean text() {
        return this == TXT || this == HTML;
    }

    /** The kind a file name's extension claims. */
    static Optional<FileKind> named(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }
}
