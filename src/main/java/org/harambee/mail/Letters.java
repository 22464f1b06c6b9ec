package org.harambee.mail;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.site.Installation;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Writes letters from the message bundles, in the recipient's language, with the network's name and address at
 * hand: a sender names a key such as {@code mail.invitation} and gives the arguments once; the subject is the
 * key's {@code .subject} message and the body its {@code .body} message, each using the arguments it needs.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class Letters {

    /** The languages of a letter to many readers, the network's first language first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final MessageSource messages;
    private final Installation installation;

    Letters(MessageSource messages, Installation installation) {
        this.messages = messages;
        this.installation = installation;
    }

    /** A letter to {@code recipient}: subject and body of {@code key}, in {@code locale}, with these arguments. */
    public Letter letter(String recipient, Locale locale, String key, Object... arguments) {
        return Letter.to(recipient, text(key + ".subject", locale, arguments), text(key + ".body", locale, arguments));
    }

    /** One message in {@code locale}, with these arguments. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * A text for readers of every language, in the network's first language and then each other one under its own
     * name: what a letter to many people (a group, the representatives following a review) says.
     */
    public String inEveryLanguage(Function<Locale, String> text) {
        return LANGUAGES.stream().map(locale -> (locale.equals(LANGUAGES.get(0)) ? ""
                : "—— " + StringUtils.capitalize(locale.getDisplayLanguage(locale)) + " ——\n\n") + text.apply(locale))
                .collect(Collectors.joining("\n\n"));
    }

    /** A line for readers of every language (a subject): each language's wording once, joined by slashes. */
    public String lineInEveryLanguage(Function<Locale, String> text) {
        return LANGUAGES.stream().map(text).distinct().collect(Collectors.joining(" / "));
    }

    public String networkName() {
        return installation.networkName();
    }

    /** The address of a page of this installation, {@code path} starting with a slash. */
    public String link(String path) {
        return installation.address() + path;
    }
}
