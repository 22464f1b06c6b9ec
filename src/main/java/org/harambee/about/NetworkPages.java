package org.harambee.about;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.harambee.site.EditedVersion;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network pages' texts and their history. Saving checks that the editor started from the newest version, so
 * two staff editing at once cannot silently overwrite each other (the second is shown the page as it is now).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "seeding", propagate = false)
public class NetworkPages {

    private final NetworkPageVersions versions;
    private final Clock clock;

    NetworkPages(NetworkPageVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    public Optional<NetworkPageText> current(NetworkPage page) {
        return versions.findFirstByPageOrderByNumberDesc(page).map(NetworkPageVersion::text);
    }

    /** Every page with its newest text (none before staff first write it). */
    public List<Listed> all() {
        return Arrays.stream(NetworkPage.values()).map(page -> new Listed(page, current(page).orElse(null))).toList();
    }

    public List<NetworkPageText> history(NetworkPage page) {
        return versions.findByPageOrderByNumberDesc(page).stream().map(NetworkPageVersion::text).toList();
    }

    public Optional<NetworkPageText> version(NetworkPage page, int number) {
        return versions.findByPageAndNumber(page, number).map(NetworkPageVersion::text);
    }

    /** A page and its newest text, or none. */
    public record Listed(NetworkPage page, NetworkPageText current) {
    }

    /** Saves the text as the page's next version; {@code seen} is the version the editor started from. */
    @Transactional
    public NetworkPageText revise(NetworkPage page, NetworkPageForm text, String editor) {
        int newest = current(page).map(NetworkPageText::number).orElse(0);
        EditedVersion.require(text.getVersion() == null ? null : text.getVersion().longValue(), newest,
                NetworkPageVersion.class, page);
        try {
            return versions.saveAndFlush(new NetworkPageVersion(page, newest + 1, text, editor, clock.instant()))
                    .text();
        } catch (DataIntegrityViolationException savedAtTheSameMoment) {
            throw new ObjectOptimisticLockingFailureException(NetworkPageVersion.class, page);
        }
    }
}
