package org.harambee.related;

import org.springframework.modulith.NamedInterface;

/**
 * A person's Follow or Save button on a page: where it posts ({@code /following/organization/12}) and whether the
 * person follows or saved the page already.
 */
@NamedInterface(name = "api", propagate = false)
public record Mark(String action, boolean on) {
}
