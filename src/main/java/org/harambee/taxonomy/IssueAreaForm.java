package org.harambee.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The English and Spanish names of an issue area, as staff type them. */
public record IssueAreaForm(@NotBlank @Size(min = 2, max = 120) String nameEn, @NotBlank @Size(min = 2, max = 120) String nameEs) {
}
