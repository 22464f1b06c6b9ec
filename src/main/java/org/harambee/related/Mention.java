package org.harambee.related;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * An item that names a page (a news item naming an organization): its title, address, the day it came out and the
 * message key of its kind ({@code news.kind.ALERT}).
 */
@NamedInterface(name = "api", propagate = false)
public record Mention(String title, String address, LocalDate date, String kindKey) {
}
