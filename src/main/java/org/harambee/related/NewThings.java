package org.harambee.related;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * What a capability published since a moment that this reader may see (a visitor when null), in their language,
 * for the digests of what people follow. Each capability answers by its own rules of who may see what.
 */
@NamedInterface(name = "api", propagate = false)
public interface NewThings {

    List<NewThing> since(Instant since, HarambeeUser reader, Locale locale);
}
