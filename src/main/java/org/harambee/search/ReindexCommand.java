package org.harambee.search;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar harambee.jar reindex}: drops every search index, creates it with this version's mapping and fills it
 * from the database (after restoring a backup without its index, after a mapping change, when moving an installation
 * from the embedded index to a search cluster, or to be sure), then prints one line per index (documents indexed,
 * rows in the database) and exits 0; 1 when a rebuild fails or an index does not match its rows, 2 on wrong use,
 * 3 when the application could not start. With the embedded index, run it while the application is stopped, on a node whose data folder holds the
 * index; with a search cluster (the cluster profile), from any machine with the nodes' settings, nodes running or not.
 */
@NamedInterface(name = "api", propagate = false)
public final class ReindexCommand {

    public static final String NAME = "reindex";

    private ReindexCommand() {
    }

    /** Runs the command in the application that {@code start} starts. */
    public static int run(Function<Class<?>, ConfigurableApplicationContext> start, Class<?> application,
            String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !NAME.equals(args[0])) {
            err.println("Usage: java -jar harambee.jar " + NAME);
            return 2;
        }
        ConfigurableApplicationContext context;
        try {
            context = start.apply(application);
        } catch (RuntimeException cannotStart) {
            err.println("Harambee could not start to rebuild its indexes: " + cannotStart.getMessage());
            return 3;
        }
        try (context) {
            SearchIndexes indexes = context.getBean(SearchIndexes.class);
            int exit = 0;
            for (Class<?> type : indexes.indexedTypes()) {
                indexes.recreate(type).toCompletableFuture().get();
                long indexed = indexes.indexed(type);
                long stored = indexes.stored(type);
                out.println(type.getSimpleName() + ": " + indexed + " documents indexed, " + stored
                        + " rows in the database");
                if (indexed != stored) {
                    err.println("The " + type.getSimpleName() + " index does not match the database: is the "
                            + "application running on this data folder?");
                    exit = 1;
                }
            }
            return exit;
        } catch (ExecutionException | RuntimeException failed) {
            err.println("Rebuilding the indexes failed: " + failed.getMessage());
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
