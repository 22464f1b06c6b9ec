package org.harambee.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Named analyzers for the embedded Lucene index ({@link ClusterSearchAnalysis} declares them for a search cluster). */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";
    public static final String SPANISH = "spanish";
    public static final String NAME = "name";
    public static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding").tokenFilter("porterStem");
        context.analyzer(SPANISH).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding").tokenFilter("spanishLightStem");
        context.analyzer(NAME).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding");
        context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
