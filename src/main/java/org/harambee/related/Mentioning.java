package org.harambee.related;

import java.util.List;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/** Whatever names pages (news) answers which of its items this reader may see name one, newest first. */
@NamedInterface(name = "api", propagate = false)
public interface Mentioning {

    List<Mention> of(Subject subject, long id, HarambeeUser reader, Locale locale, int limit);
}
