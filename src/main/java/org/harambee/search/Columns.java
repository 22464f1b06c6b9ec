package org.harambee.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.springframework.modulith.NamedInterface;

/**
 * What a search reads from each hit, as typed columns: a capability declares its columns once (the id, fields,
 * lists, highlights) and reads every hit by column, never by position. The columns become one composite projection
 * on whatever index the search runs.
 */
@NamedInterface(name = "api", propagate = false)
public final class Columns {

    private final List<Column<?>> columns = new ArrayList<>();

    /**
     * More columns after these: every column declared here so far reads the extension's hits too (declare the
     * extension after the columns it shares).
     */
    public Columns extended() {
        Columns more = new Columns();
        more.columns.addAll(columns);
        return more;
    }

    /** The document's id. */
    public <T> Column<T> id(Class<T> type) {
        return add(f -> f.id(type));
    }

    /** A projectable field holding one value. */
    public <T> Column<T> field(String path, Class<T> type) {
        return add(f -> f.field(path, type));
    }

    /** A projectable field holding several values. */
    public <T> Column<List<T>> list(String path, Class<T> type) {
        return add(f -> f.field(path, type).list());
    }

    /** The highlighted fragments of a field (the search gives the highlighter). */
    public Column<List<String>> highlight(String path) {
        return add(f -> f.highlight(path));
    }

    private <T> Column<T> add(Function<SearchProjectionFactory<?, ?>, ProjectionFinalStep<T>> projection) {
        Column<T> column = new Column<>(columns.size(), projection);
        columns.add(column);
        return column;
    }

    /** The projections of every column, in order, on a scope's projection factory. */
    SearchProjection<?>[] on(SearchProjectionFactory<?, ?> f) {
        return columns.stream().map(column -> column.projection.apply(f).toProjection())
                .toArray(SearchProjection<?>[]::new);
    }

    /** One value read from every hit. */
    @NamedInterface(name = "api", propagate = false)
    public static final class Column<T> {

        private final int position;
        private final Function<SearchProjectionFactory<?, ?>, ProjectionFinalStep<T>> projection;

        private Column(int position, Function<SearchProjectionFactory<?, ?>, ProjectionFinalStep<T>> projection) {
            this.position = position;
            this.projection = projection;
        }
    }

    /** One hit, read by column. */
    @NamedInterface(name = "api", propagate = false)
    public record Row(List<?> values) {

        /** The value of a column of this hit (null when the document holds none). */
        @SuppressWarnings("unchecked")
        public <T> T get(Column<T> column) {
            return (T) values.get(column.position);
        }
    }
}
