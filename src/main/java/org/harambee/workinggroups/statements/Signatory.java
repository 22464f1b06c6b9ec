package org.harambee.workinggroups.statements;

import java.time.LocalDate;

/**
 * A signatory as the list shows it to one reader: the name signed with, and for an organization this reader may
 * see, its address name (for a link) and whether it has a logo; where it is; the day it signed.
 */
public record Signatory(String name, SignerKind kind, String slug, boolean logo, String place, LocalDate signedOn) {
}
