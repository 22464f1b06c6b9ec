package org.harambee.accountability;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** A refused import's problem in words: where (line, column) and what, in the reader's language. */
final class ImportProblems {

    private ImportProblems() {
    }

    static String describe(UprFileException problem, MessageSource messages, Locale locale) {
        return describe(problem.line(), problem.column(), problem.problem(), problem.value(), messages, locale);
    }

    static String describe(RecommendationImport refused, MessageSource messages, Locale locale) {
        return describe(refused.problemLine() == null ? 0 : refused.problemLine(), refused.problemField(),
                refused.problemKey(), refused.problemValue(), messages, locale);
    }

    private static String describe(int line, String column, String problem, String value, MessageSource messages,
            Locale locale) {
        String what = messages.getMessage("accountability.import.problem." + problem,
                new Object[] {value == null ? "" : value}, problem, locale);
        if (line == 0) {
            return what;
        }
        String where = column == null
                ? messages.getMessage("accountability.import.where.line", new Object[] {line}, locale)
                : messages.getMessage("accountability.import.where.cell", new Object[] {line, column}, locale);
        return where + " " + what;
    }
}
