package org.harambee.directory.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.harambee.membership.OrganizationProfile;
import org.springframework.context.MessageSource;

/** The choices of an import's cells by their names or their labels in either language, read once per kind. */
final class ImportLabels {

    private final MessageSource messages;
    private final Map<String, Map<String, Enum<?>>> labels = new ConcurrentHashMap<>();

    ImportLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The value an enum name or its label (English or Spanish) names, ignoring case and accents; null if none. */
    <E extends Enum<E>> E label(String value, E[] values, String labelPrefix) {
        Map<String, Enum<?>> named = labels.computeIfAbsent(labelPrefix, prefix -> {
            Map<String, Enum<?>> all = new HashMap<>();
            for (E each : values) {
                all.put(OrganizationProfile.nameKeyOf(each.name()), each);
                for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                    String label = messages.getMessage(prefix + each.name(), null, null, locale);
                    if (label != null) {
                        all.putIfAbsent(OrganizationProfile.nameKeyOf(label), each);
                    }
                }
            }
            return all;
        });
        @SuppressWarnings("unchecked")
        E found = (E) named.get(OrganizationProfile.nameKeyOf(value));
        return found;
    }
}
