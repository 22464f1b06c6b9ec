package org.harambee.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The English and Spanish names of an issue area, as staff type them, and (renaming) the version of the issue area
 * the form showed.
 */
public record IssueAreaForm(@NotBlank @Size(min = 2, max = 120) String nameEn,
        @NotBlank @Size(min = 2, max = 120) String nameEs, Long version) {
}
