package org.harambee.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.harambee.about.NetworkPage;
import org.harambee.about.NetworkPageForm;
import org.harambee.about.NetworkPages;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the demo network's own pages once, in English and Spanish, as its staff would: the texts are in
 * {@code demo/about/<page>.<language>.md}, each starting with its title as a {@code #} heading.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoAbout implements ApplicationRunner {

    private final NetworkPages pages;
    private final DemoAccounts demoAccounts;

    DemoAbout(NetworkPages pages, DemoAccounts demoAccounts) {
        this.pages = pages;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        String staff = demoAccounts.createOnce().stream().filter(account -> account.role() == Role.STAFF)
                .findFirst().orElseThrow().email();
        for (NetworkPage page : NetworkPage.values()) {
            if (pages.current(page).isPresent()) {
                continue;
            }
            String[] english = titleAndText(page, "en");
            String[] spanish = titleAndText(page, "es");
            NetworkPageForm text = new NetworkPageForm();
            text.setTitleEn(english[0]);
            text.setBodyEn(english[1]);
            text.setTitleEs(spanish[0]);
            text.setBodyEs(spanish[1]);
            pages.revise(page, text, staff);
        }
    }

    private static String[] titleAndText(NetworkPage page, String language) {
        String name = "/demo/about/" + page.slug() + "." + language + ".md";
        try (InputStream in = DemoAbout.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The demo misses " + name);
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int firstLineEnd = markdown.indexOf('\n');
            return new String[] {markdown.substring(2, firstLineEnd).strip(), markdown.substring(firstLineEnd + 1).strip()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
