package org.harambee.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every template needs to know about the request it renders: the language, the
 * messages, the signed-in person (if any), the CSRF token for forms, and a one-time notice.
 */
public final class Page {

    private final Locale locale;
    private final MessageSource messages;
    private final CsrfToken csrf;
    private final String displayName;
    private final Set<String> roles;
    private final String path;
    private final String query;
    private final String notice;
    private final String networkName;
    private final UnaryOperator<String> assets;
    private final ZoneId zone;
    private LongSupplier unread = () -> 0;
    private Long unreadCount;

    Page(Locale locale, MessageSource messages, CsrfToken csrf, Authentication authentication, String path,
            String query, String notice, String networkName, UnaryOperator<String> assets, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.assets = assets;
        this.messages = messages;
        this.csrf = csrf;
        this.path = path;
        this.query = query;
        this.notice = notice;
        this.networkName = networkName;
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().noneMatch(a -> "ROLE_ANONYMOUS".equals(a.getAuthority()));
        this.displayName = signedIn ? displayNameOf(authentication) : null;
        this.roles = signedIn ? rolesOf(authentication.getAuthorities()) : Set.of();
    }

    private static String displayNameOf(Authentication authentication) {
        return authentication.getPrincipal() instanceof DisplayNamed named ? named.displayName() : authentication.getName();
    }

    private static Set<String> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The address of a static file (a style sheet, a script, an image) with its content's hash in it, such as
     * {@code /css/harambee-3f2a….css}: browsers may keep it for a year, and a changed file has a new address.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    /** The message for a key in the page's language; the key itself when missing, so a gap is visible. */
    /**
     * How every page shows a moment: the date and time in the reader's language, in the network's time zone, with
     * that zone's name: Dec 4, 2026, 4:22 PM EST in English, 4 dic 2026, 16:22 EST in Spanish.
     */
    public DateTimeFormatter when() {
        return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT).appendLiteral(' ')
                .appendZoneText(TextStyle.SHORT).toFormatter(locale).withZone(zone);
    }

    /** How every page shows a day (Dec 4, 2026 or 4 dic 2026); moments fall on their day in the network's zone. */
    public DateTimeFormatter day() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    /**
     * A value as a one-line field shows it: without line breaks, which a browser drops from such a field anyway
     * (and which HTML does not allow in its value), so a text sent back with its error shows as it would be sent.
     */
    public String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n]", "");
    }

    /** A day as {@link #day()} shows it, a moment as {@link #when()} does; nothing for no value. */
    public String shown(TemporalAccessor dayOrMoment) {
        if (dayOrMoment == null) {
            return "";
        }
        return (dayOrMoment instanceof LocalDate ? day() : when()).format(dayOrMoment);
    }

    /** A moment as a {@code <time datetime>} value: to the second, with the network zone's offset. */
    public String machine(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /** The network's time zone, named in the reader's language (Eastern Time, hora del este). */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    public String t(String key, Object... args) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException missing) {
            return key;
        }
    }

    /** The message for a key, or {@code fallback} when there is none (for open-ended codes such as audit actions). */
    public String tOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return displayName != null;
    }

    public String displayName() {
        return displayName;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return is("STAFF") || is("ADMIN");
    }

    public boolean isAdmin() {
        return is("ADMIN");
    }

    public boolean isMember() {
        return is("MEMBER") || is("REPRESENTATIVE") || is("TREASURER") || is("ELECTION_OFFICER") || isStaff();
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String path() {
        return path;
    }

    /** Whether the navigation entry for {@code prefix} is the current section. */
    public boolean current(String prefix) {
        return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
    }

    /** The one-time notice left by the previous request (a message key), in this page's language. */
    public String notice() {
        return notice == null ? null : t(notice);
    }

    /** A validation message (or any resolvable) in this page's language. */
    public String message(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale);
    }

    /** An HTML id made from a form field name such as {@code people[0].email}. */
    public String idOf(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** How many notifications the signed-in person has not read. */
    public long unread() {
        if (unreadCount == null) {
            unreadCount = unread.getAsLong();
        }
        return unreadCount;
    }

    /** Counts unread notifications when the page is rendered, after the request has read what it shows. */
    void unread(LongSupplier count) {
        this.unread = count;
    }

    public String networkName() {
        return networkName;
    }

    /** This page in the other language. */
    public String otherLanguage() {
        return "es".equals(lang()) ? "en" : "es";
    }

    public String otherLanguageUrl() {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", otherLanguage())
                .build().encode().toUriString();
    }

    /** The current URL with one query parameter replaced (for pagination and filters). */
    public String withParam(String name, Object value) {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang")
                .replaceQueryParam(name, value).build().encode().toUriString();
    }
}
