import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The recommendations tracker's search run straight on its Lucene index (read-only), to show what the index itself
 * costs: the same query as RecommendationSearch builds through Hibernate Search, without highlighting, projections,
 * the page or HTTP. Words go through Lucene's SimpleQueryParser (as Hibernate Search's simpleQueryString does) with
 * the english analyzer of SearchAnalysis built from the same Lucene factories, over {@code text}, every word
 * required, phrases in quotes; then the chosen facets (keywords as terms, numbers as points; several values of a
 * facet with one value per recommendation match any of them, of the others all of them); the top 20 by score, then
 * session descending, then id (by session and id alone without words); and the counts of the ten facets from doc
 * values (each value once per recommendation), the seven one-value facets (state, from, region, session, cycle,
 * response, action) counted sideways (without their own filter, one more query each) when chosen.
 * For each SEARCH, written as the page's address query ({@code state=&q=torture&issue=Detention&cycle=1}; an empty
 * {@code state=} or no {@code state} at all means every state here, whereas the page without {@code state} filters
 * to the network's country, so give it {@code state=}; {@code area} is the issue area's id, as the index holds it,
 * where the page takes its slug; {@code response} in any case), runs WARM_UP searches, then REQUESTS searches from
 * CONCURRENCY threads (timed by bench/Timing.java), and prints median and p95 latency, searches per second, the
 * number of hits, the ids of the top 20 and the facet counts (the ten largest of each).
 * Usage: bench/java.sh -cp LUCENE_JARS RecommendationIndexQuery.java INDEX_DIR CONCURRENCY REQUESTS SEARCH...
 */
public class RecommendationIndexQuery {

    /** Searches before measuring: a fresh JVM needs a few thousand to reach the speed of the warm server. */
    private static final int WARM_UP = 5000;
    private static final int PAGE_SIZE = 20;
    private static final int SHOWN_COUNTS = 10;
    private static final SortField SESSION_DESC = new SortedNumericSortField("session", SortField.Type.INT, true);
    private static final SortField ORDER = new SortedNumericSortField("order", SortField.Type.LONG, false);
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, SESSION_DESC, ORDER);
    private static final Sort BY_SESSION = new Sort(SESSION_DESC, ORDER);

    enum Kind { KEYWORD, LONG, INT }

    /** RecommendationQuery.Facet (named as the address parameters): index field, encoding, one value each. */
    enum Facet {
        STATE("stateUnderReview", Kind.KEYWORD, true), FROM("recommendingState", Kind.KEYWORD, true),
        REGION("region", Kind.KEYWORD, true), SESSION("session", Kind.INT, true), CYCLE("cycle", Kind.INT, true),
        RESPONSE("response", Kind.KEYWORD, true), ACTION("action", Kind.INT, true),
        ISSUE("issues", Kind.KEYWORD, false), AREA("issueAreas", Kind.LONG, false), RIGHT("rights", Kind.INT, false);

        final String field;
        final Kind kind;
        final boolean alternative;

        Facet(String field, Kind kind, boolean alternative) {
            this.field = field;
            this.kind = kind;
            this.alternative = alternative;
        }

        /** Hibernate Search's terms predicate (any of the values), as FacetedSearch uses for alternatives. */
        Query matchingAny(List<String> values) {
            if (values.size() == 1) {
                return matching(values.get(0));
            }
            return switch (kind) {
                case KEYWORD -> new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
                case LONG -> LongPoint.newSetQuery(field, values.stream().mapToLong(Long::parseLong).toArray());
                case INT -> IntPoint.newSetQuery(field, values.stream().mapToInt(Integer::parseInt).toArray());
            };
        }

        /** Hibernate Search's match predicate on one value. */
        Query matching(String value) {
            return switch (kind) {
                case KEYWORD -> new TermQuery(new Term(field, value));
                case LONG -> LongPoint.newExactQuery(field, Long.parseLong(value));
                case INT -> IntPoint.newExactQuery(field, Integer.parseInt(value));
            };
        }
    }

    record Search(String address, String words, Map<Facet, List<String>> chosen) {
        static Search of(String address) {
            String words = "";
            Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
            for (String pair : address.split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8).strip();
                if (kv[0].equals("q")) {
                    words = value;
                } else if (!value.isEmpty()) {  // RecommendationQuery drops empty values: state= is every state
                    Facet facet = Facet.valueOf(kv[0].toUpperCase(Locale.ROOT));
                    List<String> values = chosen.computeIfAbsent(facet, f -> new ArrayList<>());
                    String held = facet == Facet.RESPONSE ? value.toUpperCase(Locale.ROOT) : value;
                    if (!values.contains(held)) {
                        values.add(held);
                    }
                }
            }
            return new Search(address, words, chosen);
        }
    }

    record Outcome(long hits, List<Long> top, Map<Facet, Map<String, Integer>> counts) {
    }

    record Result(Search search, double medianMs, double p95Ms, double perSecond, Outcome outcome) {
    }

    private static final Analyzer ENGLISH = analyzer();
    private static final Map<String, Float> WEIGHTS = Map.of("text", 1f);

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Result> results = new ArrayList<>();
            for (String address : Arrays.asList(args).subList(3, args.length)) {
                Search search = Search.of(address);
                run(searcher, search, concurrency, WARM_UP);
                results.add(run(searcher, search, concurrency, requests));
            }
            System.out.printf("%-60s %10s %10s %10s %9s%n", "index query", "median ms", "p95 ms", "queries/s", "hits");
            for (Result r : results) {
                System.out.printf("%-60s %10.2f %10.2f %10.0f %9d%n", r.search().address(), r.medianMs(), r.p95Ms(),
                        r.perSecond(), r.outcome().hits());
            }
            for (Result r : results) {
                System.out.println("top " + PAGE_SIZE + " of " + r.search().address() + ": " + r.outcome().top()
                        .stream().map(String::valueOf).collect(Collectors.joining(" ")));
            }
            for (Result r : results) {
                System.out.println("facet counts of " + r.search().address() + ": " + r.outcome().counts().entrySet()
                        .stream().map(e -> e.getKey() + " " + byCount(e.getValue())).collect(Collectors.joining("; ")));
            }
        }
    }

    private static String byCount(Map<String, Integer> counts) {
        String shown = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey()))
                .limit(SHOWN_COUNTS).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return "{" + shown + (counts.size() > SHOWN_COUNTS ? " ... " + counts.size() + " values" : "") + "}";
    }

    /** One search as the page runs it: the results' top page and facet counts, then each chosen alternative's. */
    static Outcome search(IndexSearcher searcher, Search search) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(ENGLISH, WEIGHTS,
                SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        String plain = plainText(search.words());
        Query text = plain.isBlank() ? null : parser.parse(plain);
        List<Facet> counted = Arrays.stream(Facet.values())
                .filter(facet -> !facet.alternative || !search.chosen().containsKey(facet)).toList();
        Sort sort = search.words().isEmpty() ? BY_SESSION : BY_SCORE;
        Object[] main = searcher.search(query(text, search.chosen(), null), new MultiCollectorManager(
                new TopFieldCollectorManager(sort, PAGE_SIZE, null, Integer.MAX_VALUE), new Counts(counted)));
        @SuppressWarnings("unchecked")
        Map<Facet, Map<String, Integer>> counts = (Map<Facet, Map<String, Integer>>) main[1];
        for (Facet facet : Facet.values()) {
            if (!counted.contains(facet)) {
                counts.putAll(searcher.search(query(text, search.chosen(), facet), new Counts(List.of(facet))));
            }
        }
        TopFieldDocs top = (TopFieldDocs) main[0];
        List<Long> ids = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {  // the last sort value is the id ("order")
            Object[] values = ((FieldDoc) doc).fields;
            ids.add(((Number) values[values.length - 1]).longValue());
        }
        return new Outcome(top.totalHits.value, ids, counts);
    }

    /** RecommendationSearch's predicate: everything, the words, the chosen facets but leftOut's. */
    static Query query(Query text, Map<Facet, List<String>> chosen, Facet leftOut) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        if (text != null) {
            all.add(text, Occur.MUST);
        }
        chosen.forEach((facet, values) -> {
            if (facet == leftOut) {
                return;
            }
            if (facet.alternative) {
                all.add(facet.matchingAny(values), Occur.FILTER);
            } else {
                values.forEach(value -> all.add(facet.matching(value), Occur.FILTER));
            }
        });
        return all.build();
    }

    /** FacetedSearch.plainText: only letters, digits, spaces, apostrophes and paired quotes stay. */
    static String plainText(String q) {
        String plain = q.replaceAll("[^\\p{L}\\p{N}\\s\"'\u2019-]", " ").replace("-", " ");
        return plain.chars().filter(c -> c == '"').count() % 2 == 1 ? plain.replace("\"", " ") : plain;
    }

    /** SearchAnalysis's english analyzer, from the same Lucene factories. */
    private static Analyzer analyzer() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding").addTokenFilter("porterStem").build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Facet counts from doc values: per segment, each document's distinct values (ordinals or numbers). */
    static final class Counts implements CollectorManager<Counts.Collector, Map<Facet, Map<String, Integer>>> {

        private final List<Facet> facets;

        Counts(List<Facet> facets) {
            this.facets = facets;
        }

        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public Map<Facet, Map<String, Integer>> reduce(Collection<Collector> collectors) {
            Map<Facet, Map<String, Integer>> total = new EnumMap<>(Facet.class);
            collectors.forEach(c -> c.totals.forEach((facet, counts) -> counts.forEach((value, n) ->
                    total.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, n, Integer::sum))));
            return total;
        }

        final class Collector extends SimpleCollector {

            final Map<Facet, Map<String, Integer>> totals = new EnumMap<>(Facet.class);
            private final List<Segment> segments = new ArrayList<>();

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                finishSegments();
                for (Facet facet : facets) {
                    segments.add(new Segment(facet, context.reader()));
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                for (Segment segment : segments) {
                    segment.collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                finishSegments();
            }

            /** Adds the last segment's counts (ordinals are per segment, so they are labelled before moving on). */
            private void finishSegments() throws IOException {
                for (Segment segment : segments) {
                    segment.addTo(totals.computeIfAbsent(segment.facet, f -> new HashMap<>()));
                }
                segments.clear();
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }

    /** One facet in one segment: keywords as SortedSet ordinals, numbers as SortedNumeric values. */
    private static final class Segment {

        final Facet facet;
        private final SortedSetDocValues ords;
        private final SortedNumericDocValues numbers;
        private final Map<Long, Integer> counts = new HashMap<>();

        Segment(Facet facet, LeafReader reader) throws IOException {
            this.facet = facet;
            ords = facet.kind == Kind.KEYWORD ? DocValues.getSortedSet(reader, facet.field) : null;
            numbers = ords == null ? DocValues.getSortedNumeric(reader, facet.field) : null;
        }

        void collect(int doc) throws IOException {
            if (ords != null ? !ords.advanceExact(doc) : !numbers.advanceExact(doc)) {
                return;
            }
            int n = ords != null ? ords.docValueCount() : numbers.docValueCount();
            long previous = 0;
            for (int i = 0; i < n; i++) {
                long value = ords != null ? ords.nextOrd() : numbers.nextValue();
                if (i == 0 || value != previous) {
                    counts.merge(value, 1, Integer::sum);
                }
                previous = value;
            }
        }

        void addTo(Map<String, Integer> total) throws IOException {
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                String label = ords != null ? ords.lookupOrd(e.getKey()).utf8ToString() : String.valueOf(e.getKey());
                total.merge(label, e.getValue(), Integer::sum);
            }
        }
    }

    private static Result run(IndexSearcher searcher, Search search, int concurrency, int requests)
            throws Exception {
        Outcome[] outcome = new Outcome[1];
        Timing.Figures figures = Timing.measure(concurrency, requests, () -> outcome[0] = search(searcher, search));
        return new Result(search, figures.medianMs(), figures.p95Ms(), figures.perSecond(), outcome[0]);
    }
}
