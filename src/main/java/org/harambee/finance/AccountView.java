package org.harambee.finance;

/** An account of the chart as the treasurer's pages show it, named in the reader's language. */
public record AccountView(Long id, String code, String name, AccountKind kind, boolean active) {
}
