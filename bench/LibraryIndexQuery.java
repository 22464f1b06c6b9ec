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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The library page's search run straight on its Lucene index (read-only), to show what the index itself costs:
 * the same query as LibrarySearch builds through Hibernate Search, without highlighting, projections, the page or
 * HTTP. Words go through Lucene's SimpleQueryParser (as Hibernate Search's simpleQueryString does) with the
 * analyzers of SearchAnalysis built from the same Lucene factories, over title and title_es (boost 3), summary
 * and summary_es (2), content and content_es (1), every word required, phrases in quotes; then the visitor filter
 * (status PUBLISHED, visibility PUBLIC) and the chosen facets (one value each: keywords as terms, numbers as
 * points); the top 20 by score then title; and the counts of the six facets from doc values (each value once
 * per document), type and year counted sideways (without their own filter, a second query) when chosen.
 * For each SEARCH, written as the page's address query (q=words&type=TOOLKIT&issue=5, the issue area by id as
 * the index holds it), runs WARM_UP searches, then REQUESTS searches from CONCURRENCY threads (timed by
 * bench/Timing.java), and prints median and p95 latency, searches per second, the number of hits and the facet
 * counts. Usage: bench/java.sh -cp LUCENE_JARS LibraryIndexQuery.java INDEX_DIR CONCURRENCY REQUESTS SEARCH...
 */
public class LibraryIndexQuery {

    /** Searches before measuring: a fresh JVM needs a few thousand to reach the speed of the warm server. */
    private static final int WARM_UP = 5000;
    private static final int PAGE_SIZE = 20;
    private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortedSetSortField("title_sort", false));

    enum Kind { KEYWORD, LONG, INT }

    /** The page's facets (named as its address parameters): index field, encoding, whether counted sideways. */
    enum Facet {
        TYPE("type", Kind.KEYWORD, true), ISSUE("issueAreas", Kind.LONG, false), RIGHT("rights", Kind.INT, false),
        INSTRUMENT("instruments", Kind.KEYWORD, false), LANGUAGE("languages", Kind.KEYWORD, false),
        YEAR("year", Kind.INT, true);

        final String field;
        final Kind kind;
        final boolean alternative;

        Facet(String field, Kind kind, boolean alternative) {
            this.field = field;
            this.kind = kind;
            this.alternative = alternative;
        }

        Query matching(String value) {
            return switch (kind) {
                case KEYWORD -> new TermQuery(new Term(field, value));
                case LONG -> LongPoint.newExactQuery(field, Long.parseLong(value));
                case INT -> IntPoint.newExactQuery(field, Integer.parseInt(value));
            };
        }
    }

    record Search(String address, String words, Map<Facet, String> chosen) {
        static Search of(String address) {
            String words = "";
            Map<Facet, String> chosen = new EnumMap<>(Facet.class);
            for (String pair : address.split("&")) {
                String[] kv = pair.split("=", 2);
                String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                if (kv[0].equals("q")) {
                    words = value;
                } else {
                    chosen.put(Facet.valueOf(kv[0].toUpperCase()), value);
                }
            }
            return new Search(address, words, chosen);
        }
    }

    record Outcome(long hits, Map<Facet, Map<String, Integer>> counts) {
    }

    record Result(Search search, double medianMs, double p95Ms, double perSecond, Outcome outcome) {
    }

    private static final Analyzer SPANISH = analyzer("spanishLightStem");
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(analyzer("porterStem"),
            Map.of("title_es", SPANISH, "summary_es", SPANISH, "content_es", SPANISH));
    private static final Map<String, Float> WEIGHTS = weights();

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
                System.out.println("facet counts of " + r.search().address() + ": " + r.outcome().counts().entrySet()
                        .stream().map(e -> e.getKey() + " " + byCount(e.getValue())).collect(Collectors.joining("; ")));
            }
        }
    }

    private static String byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ", "{", "}"));
    }

    /** One search as the page runs it: the results' top page and facet counts, then each chosen alternative's. */
    static Outcome search(IndexSearcher searcher, Search search) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, WEIGHTS,
                SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        Query text = parser.parse(plainText(search.words()));
        List<Facet> counted = Arrays.stream(Facet.values())
                .filter(facet -> !facet.alternative || !search.chosen().containsKey(facet)).toList();
        Object[] main = searcher.search(query(text, search.chosen(), null), new MultiCollectorManager(
                new TopFieldCollectorManager(SORT, PAGE_SIZE, null, Integer.MAX_VALUE), new Counts(counted)));
        @SuppressWarnings("unchecked")
        Map<Facet, Map<String, Integer>> counts = (Map<Facet, Map<String, Integer>>) main[1];
        for (Facet facet : Facet.values()) {
            if (!counted.contains(facet)) {
                counts.putAll(searcher.search(query(text, search.chosen(), facet), new Counts(List.of(facet))));
            }
        }
        return new Outcome(((TopFieldDocs) main[0]).totalHits.value, counts);
    }

    /** LibrarySearch's predicate: everything, the visitor filter, the words, the chosen facets but leftOut. */
    static Query query(Query text, Map<Facet, String> chosen, Facet leftOut) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(new TermQuery(new Term("status", "PUBLISHED")), Occur.FILTER)
                .add(new TermQuery(new Term("visibility", "PUBLIC")), Occur.FILTER)
                .add(text, Occur.MUST);
        chosen.forEach((facet, value) -> {
            if (facet != leftOut) {
                all.add(facet.matching(value), Occur.FILTER);
            }
        });
        return all.build();
    }

    /** FacetedSearch.plainText: only letters, digits, spaces, apostrophes and paired quotes stay. */
    static String plainText(String q) {
        String plain = q.replaceAll("[^\\p{L}\\p{N}\\s\"'’-]", " ").replace("-", " ");
        return plain.chars().filter(c -> c == '"').count() % 2 == 1 ? plain.replace("\"", " ") : plain;
    }

    /** SearchAnalysis's english and spanish analyzers, from the same Lucene factories. */
    private static Analyzer analyzer(String stemmer) {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding").addTokenFilter(stemmer).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put("title", 3f);
        weights.put("title_es", 3f);
        weights.put("summary", 2f);
        weights.put("summary_es", 2f);
        weights.put("content", 1f);
        weights.put("content_es", 1f);
        return weights;
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
                segments.clear();
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
                for (Segment segment : segments) {
                    segment.addTo(totals.computeIfAbsent(segment.facet, f -> new HashMap<>()));
                }
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
