package org.harambee.directory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.springframework.stereotype.Component;

/**
 * The shared vocabulary as the directory reads it on every search: issue areas, rights and states, read
 * from the taxonomy at most once every {@link #MAX_AGE} (so a renamed issue area shows everywhere within a
 * minute, on every node).
 */
@Component
public class DirectoryVocabulary {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Taxonomy taxonomy;
    private volatile Snapshot snapshot;

    DirectoryVocabulary(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The vocabulary as read at most a minute ago (the age is measured on the machine's monotonic clock). */
    public Snapshot current() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > MAX_AGE.toNanos()) {
            current = new Snapshot(now, taxonomy.allIssueAreas(), taxonomy.rights(), taxonomy.states());
            snapshot = current;
        }
        return current;
    }

    /** Issue areas, rights and states at one moment, with lookups by the values addresses use. */
    public record Snapshot(long readAt, List<IssueArea> issueAreas, List<HumanRight> rights, List<UsState> states) {

        public Optional<IssueArea> issueArea(String slug) {
            return issueAreas.stream().filter(area -> area.slug().equals(slug)).findFirst();
        }

        public Map<Long, IssueArea> issueAreasById() {
            return issueAreas.stream().collect(Collectors.toMap(IssueArea::id, Function.identity()));
        }

        public Optional<HumanRight> right(String article) {
            return rights.stream().filter(right -> String.valueOf(right.article()).equals(article)).findFirst();
        }

        public Optional<UsState> state(String code) {
            return states.stream().filter(state -> state.code().equals(code)).findFirst();
        }

        public Map<String, UsState> statesByCode() {
            return states.stream().collect(Collectors.toMap(UsState::code, Function.identity(), (a, b) -> a,
                    LinkedHashMap::new));
        }

        /** The regions, in the order the taxonomy lists states' regions. */
        public List<String> regions() {
            return states.stream().map(UsState::region).distinct().sorted().toList();
        }

        public Set<String> statesIn(String region) {
            return states.stream().filter(state -> state.region().equals(region)).map(UsState::code)
                    .collect(Collectors.toSet());
        }
    }
}
