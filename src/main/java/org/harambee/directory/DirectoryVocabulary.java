package org.harambee.directory;

import java.time.Duration;
import java.util.Collections;
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
    public static final class Snapshot {

        private final long readAt;
        private final List<IssueArea> issueAreas;
        private final List<HumanRight> rights;
        private final List<UsState> states;
        private final Map<String, IssueArea> areasBySlug;
        private final Map<Long, IssueArea> areasById;
        private final Map<String, HumanRight> rightsByArticle;
        private final Map<String, UsState> statesByCode;
        private final List<String> regions;

        Snapshot(long readAt, List<IssueArea> issueAreas, List<HumanRight> rights, List<UsState> states) {
            this.readAt = readAt;
            this.issueAreas = List.copyOf(issueAreas);
            this.rights = List.copyOf(rights);
            this.states = List.copyOf(states);
            this.areasBySlug = issueAreas.stream().collect(Collectors.toUnmodifiableMap(IssueArea::slug,
                    Function.identity()));
            this.areasById = issueAreas.stream().collect(Collectors.toUnmodifiableMap(IssueArea::id,
                    Function.identity()));
            this.rightsByArticle = rights.stream().collect(Collectors.toUnmodifiableMap(
                    right -> String.valueOf(right.article()), Function.identity()));
            this.statesByCode = Collections.unmodifiableMap(states.stream().collect(Collectors.toMap(UsState::code,
                    Function.identity(), (a, b) -> a, LinkedHashMap::new)));
            this.regions = states.stream().map(UsState::region).distinct().sorted().toList();
        }

        long readAt() {
            return readAt;
        }

        public List<IssueArea> issueAreas() {
            return issueAreas;
        }

        public List<HumanRight> rights() {
            return rights;
        }

        public List<UsState> states() {
            return states;
        }

        public Optional<IssueArea> issueArea(String slug) {
            return Optional.ofNullable(areasBySlug.get(slug));
        }

        public Map<Long, IssueArea> issueAreasById() {
            return areasById;
        }

        public Optional<HumanRight> right(String article) {
            return Optional.ofNullable(rightsByArticle.get(article));
        }

        public Optional<UsState> state(String code) {
            return Optional.ofNullable(statesByCode.get(code));
        }

        public Map<String, UsState> statesByCode() {
            return statesByCode;
        }

        /** The regions, in alphabetical order of their codes. */
        public List<String> regions() {
            return regions;
        }

        public Set<String> statesIn(String region) {
            return states.stream().filter(state -> state.region().equals(region)).map(UsState::code)
                    .collect(Collectors.toSet());
        }
    }
}
