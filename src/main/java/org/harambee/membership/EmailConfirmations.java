package org.harambee.membership;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.site.InstallationKey;
import org.springframework.stereotype.Component;

/**
 * A member's new e-mail address takes effect only when its owner follows the link sent to it: the page answers
 * the same whether or not the address belongs to someone already (who is told by e-mail instead, with no link), so
 * a member cannot learn whose address is on record, and nobody can put another person's address on their own
 * membership. The link names the membership, the address it has now, the new one and when the link ends, signed by
 * the installation ({@link InstallationKey}); nothing is stored, and once the address has changed the link is spent.
 */
@Component
class EmailConfirmations {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final String PURPOSE = "membership e-mail change";

    private final InstallationKey installationKey;
    private final Mailer mailer;
    private final Clock clock;
    private final Letters letters;

    EmailConfirmations(InstallationKey installationKey, Mailer mailer, Letters letters, Clock clock) {
        this.installationKey = installationKey;
        this.mailer = mailer;
        this.clock = clock;
        this.letters = letters;
    }

    /** The change a confirmation link asks for. */
    record Change(Long memberId, String from, String to, Instant until) {

        String signed() {
            return memberId + "\n" + from + "\n" + to + "\n" + until.getEpochSecond();
        }
    }

    /**
     * Writes to the new address: the link to confirm it, or, when {@code taken} (another member's address), that
     * it cannot be used and nothing changed.
     */
    void ask(IndividualMember member, String newEmail, boolean taken) {
        Locale locale = Locale.forLanguageTag(member.language() == null ? "en" : member.language());
        if (taken) {
            mailer.send(letters.letter(newEmail, locale, "membership.mail.emailTaken", letters.networkName())
                    .readableByStaff());
            return;
        }
        Change change = new Change(member.id(), member.email(), newEmail, clock.instant().plus(VALIDITY));
        String token = member.id() + "." + change.until().getEpochSecond() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(newEmail.getBytes(StandardCharsets.UTF_8))
                + "." + installationKey.sign(PURPOSE, change.signed());
        mailer.send(letters.letter(newEmail, locale, "membership.mail.emailConfirm", member.name(), Letter.SECRET_LINK,
                letters.networkName()).readableByStaff().withSecretLink(letters.link("/membership/email/" + token)));
    }

    /**
     * The change this link's token asks of this membership, while the link is genuine, unexpired and not spent
     * (the membership still has the address the link was made from).
     */
    Optional<Change> change(String token, IndividualMember member) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(String.valueOf(member.id())) || !parts[1].matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        String to;
        try {
            to = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        Change change = new Change(member.id(), member.email(), to, Instant.ofEpochSecond(Long.parseLong(parts[1])));
        return installationKey.verifies(PURPOSE, change.signed(), parts[3]) && clock.instant().isBefore(change.until())
                ? Optional.of(change) : Optional.empty();
    }
}
