package org.harambee.library;

/** An upload that passed the checks: its sanitized name, the kind its content and extension agree on, its size. */
record CheckedFile(String name, FileKind kind, long size, byte[] content) {
}
