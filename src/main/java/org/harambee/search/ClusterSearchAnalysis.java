package org.harambee.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, under the same names, for a search cluster (OpenSearch or Elasticsearch,
 * with its common analysis module): the same mapping indexes and finds words alike on both engines.
 */
public class ClusterSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String SPANISH_STEM = "harambee_light_spanish_stem";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(SPANISH_STEM).type("stemmer").param("language", "light_spanish");
        context.analyzer(SearchAnalysis.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "porter_stem");
        context.analyzer(SearchAnalysis.SPANISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", SPANISH_STEM);
        context.analyzer(SearchAnalysis.NAME).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.normalizer(SearchAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
