package org.harambee.related;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.Installation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The one place that reads addresses of this site's pages and asks the capability owning each about it, and that
 * gathers what mentions a page.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class RelatedPages {

    /** How many mentions a page lists. */
    public static final int MENTIONS = 5;

    private static final Pattern ADDRESS = Pattern.compile(
            "/(organizations|groups|statements|events|library|un/recommendations|news)/([A-Za-z0-9-]{1,120})/?");

    private final ObjectProvider<LinkablePages> linkable;
    private final ObjectProvider<Mentioning> mentioning;
    private final ObjectProvider<NewThings> newThings;
    private final ObjectProvider<Marks> marks;
    private final URI home;
    private volatile Map<Subject, LinkablePages> pages;

    /** The capabilities are asked for lazily: those that mention pages use this class themselves. */
    RelatedPages(ObjectProvider<LinkablePages> linkable, ObjectProvider<Mentioning> mentioning,
            ObjectProvider<NewThings> newThings, ObjectProvider<Marks> marks, Installation installation) {
        this.linkable = linkable;
        this.mentioning = mentioning;
        this.newThings = newThings;
        this.marks = marks;
        this.home = installation.baseUrl();
    }

    /** The page showing the thing with this id, if this reader may see it. */
    public Optional<RelatedPage> page(Subject subject, long id, HarambeeUser reader, Locale locale) {
        LinkablePages owner = owner(subject);
        return owner == null ? Optional.empty() : owner.byId(id, reader, locale);
    }

    /** What every capability published since this moment that this reader may see, in their language. */
    public List<NewThing> newSince(Instant since, HarambeeUser reader, Locale locale) {
        return newThings.orderedStream().flatMap(each -> each.since(since, reader, locale).stream()).toList();
    }

    /** The Follow button of an organization's or a group's page for this person (none for a visitor). */
    public Mark follow(Subject subject, long id, HarambeeUser person) {
        return marked(person) ? new Mark("/following/" + subject.name().toLowerCase(Locale.ROOT) + "/" + id,
                marks.orderedStream().anyMatch(each -> each.follows(subject, id, person))) : null;
    }

    /** The Save button of a page for this person (none for a visitor). */
    public Mark save(Subject subject, long id, HarambeeUser person) {
        return marked(person) ? new Mark("/saved/" + subject.name().toLowerCase(Locale.ROOT) + "/" + id,
                marks.orderedStream().anyMatch(each -> each.saved(subject, id, person))) : null;
    }

    private boolean marked(HarambeeUser person) {
        return person != null && !person.roles().isEmpty() && marks.orderedStream().findAny().isPresent();
    }

    private LinkablePages owner(Subject subject) {
        Map<Subject, LinkablePages> known = pages;
        if (known == null) {
            known = new EnumMap<>(Subject.class);
            for (LinkablePages each : linkable) {
                known.put(each.subject(), each);
            }
            pages = known;
        }
        return known.get(subject);
    }

    /**
     * The page a person means by an address of this site (the whole address, or from its first slash), if it is
     * one of the pages things may link to and this person may see it. An address of another site names nothing.
     */
    public Optional<RelatedPage> at(String address, HarambeeUser reader, Locale locale) {
        String path = pathOf(address);
        Matcher matcher = ADDRESS.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Subject subject = subjectAt(matcher.group(1));
        LinkablePages owner = owner(subject);
        return owner == null ? Optional.empty() : owner.at(matcher.group(2), reader, locale);
    }

    /**
     * The path of an address typed or pasted: {@code https://network.example/events/x?y#z} is {@code /events/x};
     * null when it is not an address of this site.
     */
    private String pathOf(String address) {
        String text = address.strip();
        if (text.startsWith("/")) {
            int end = text.length();
            for (char stop : new char[] {'?', '#'}) {
                int at = text.indexOf(stop);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            return text.substring(0, end);
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && home.getHost().equalsIgnoreCase(uri.getHost()) && port(home) == port(uri)
                    ? uri.getPath() : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Subject subjectAt(String path) {
        for (Subject subject : Subject.values()) {
            if (subject.path().equals("/" + path)) {
                return subject;
            }
        }
        throw new IllegalArgumentException(path);
    }

    /** Of these pages (subject and id), those this reader may see, in the order of the subjects, then by title. */
    public List<RelatedPage> seenBy(Map<Subject, ? extends Collection<Long>> ids, HarambeeUser reader,
            Locale locale) {
        List<RelatedPage> seen = new ArrayList<>();
        ids.forEach((subject, each) -> {
            LinkablePages owner = owner(subject);
            if (owner != null) {
                each.forEach(id -> owner.byId(id, reader, locale).ifPresent(seen::add));
            }
        });
        seen.sort(Comparator.comparing(RelatedPage::subject).thenComparing(RelatedPage::title));
        return seen;
    }

    /** What this reader may see that names this page, newest first, at most {@value #MENTIONS}. */
    public List<Mention> mentioning(Subject subject, long id, HarambeeUser reader, Locale locale) {
        return mentioning.orderedStream().flatMap(each -> each.of(subject, id, reader, locale, MENTIONS).stream())
                .sorted(Comparator.comparing(Mention::date).reversed()).limit(MENTIONS).toList();
    }
}
