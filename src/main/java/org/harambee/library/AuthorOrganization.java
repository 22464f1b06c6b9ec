package org.harambee.library;

/** A member organization credited as an author, as the reader may know it (its public name and address). */
public record AuthorOrganization(String name, String slug) {
}
