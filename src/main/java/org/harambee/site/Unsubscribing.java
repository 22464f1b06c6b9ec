package org.harambee.site;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What a capability that sends e-mails people may stop answers about its one-click unsubscribe links
 * ({@code /unsubscribe/{token}}, RFC 8058): what a token of its own stops, and stopping it. A token it did not sign
 * is none of its own: empty. One page and one route serve every such link, so mail programs post to one place.
 */
@NamedInterface(name = "api", propagate = false)
public interface Unsubscribing {

    /** What this link would stop, if it is one of this capability's. */
    Optional<Unsubscription> unsubscribing(String token);

    /** Stops what this link stops, if it is one of this capability's. */
    Optional<Unsubscription> unsubscribe(String token);

    /**
     * The page's words: message keys of its title, question, button and confirmation, each taking {@code name} (the
     * group whose e-mails stop, say) as their argument.
     */
    @NamedInterface(name = "api", propagate = false)
    record Unsubscription(String titleKey, String confirmKey, String buttonKey, String doneKey, String name) {
    }
}
