package org.harambee.news;

import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** What the demo network asks of the news: whether any exists, writing an item as a person would, publishing one. */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class NewsSeeding {

    private final NewsItems items;
    private final NewsDesk desk;

    NewsSeeding(NewsItems items, NewsDesk desk) {
        this.items = items;
        this.desk = desk;
    }

    public boolean hasNews() {
        return items.count() > 0;
    }

    /** Writes the item as this person would in English (staff publish it, others submit it); answers its id. */
    public Long write(NewsForm form, HarambeeUser person) {
        return desk.write(form, person, Locale.ENGLISH).id();
    }

    /** Publishes a submitted item as these staff would. */
    public void publish(Long id, HarambeeUser staff) {
        desk.publish(id, staff);
    }
}
