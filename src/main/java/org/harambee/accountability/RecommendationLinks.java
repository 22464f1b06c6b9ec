package org.harambee.accountability;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.harambee.taxonomy.CountryNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations' pages, for what links to them (every reader may read a recommendation): named by who made it to
 * whom and the beginning of its text.
 */
@Component
@Transactional(readOnly = true)
class RecommendationLinks implements LinkablePages {

    /** How much of a recommendation's text names it. */
    static final int TEXT_SHOWN = 90;

    private final Recommendations recommendations;
    private final MessageSource messages;

    RecommendationLinks(Recommendations recommendations, MessageSource messages) {
        this.recommendations = recommendations;
        this.messages = messages;
    }

    @Override
    public Subject subject() {
        return Subject.RECOMMENDATION;
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        return recommendations.findById(id).map(recommendation -> {
            String text = recommendation.text().strip();
            String shown = text.length() <= TEXT_SHOWN ? text
                    : text.substring(0, text.offsetByCodePoints(0, Math.min(TEXT_SHOWN,
                            text.codePointCount(0, text.length())))).strip() + "…";
            String title = messages.getMessage("accountability.recommendation.title", new Object[] {
                CountryNames.of(recommendation.recommendingState(), locale),
                CountryNames.of(recommendation.stateUnderReview(), locale)}, locale);
            return new RelatedPage(Subject.RECOMMENDATION, id, title + ": " + shown, "/un/recommendations/" + id);
        });
    }
}
