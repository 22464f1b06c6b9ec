package org.harambee.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node in this JVM, with the two modules Harambee needs (HTTP and transport over Netty, the common
 * analysis filters): {@code java -cp 'target/classes:target/lib/*' org.harambee.opensearch.OpenSearchNode --name n1
 * --http 9200 --transport 9300 --home DIR [--seeds 127.0.0.1:9301,127.0.0.1:9302 --managers n1,n2]}. Without
 * seeds it is a cluster of one. It listens on loopback only and stops on SIGTERM.
 */
public final class OpenSearchNode extends Node {

    private OpenSearchNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", "target/opensearch-" + options.get("name")))
                .toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings.Builder settings = Settings.builder()
                .put("cluster.name", options.getOrDefault("cluster", "harambee"))
                .put("node.name", options.getOrDefault("name", "node-1"))
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", options.getOrDefault("http", "9200"))
                .put("transport.port", options.getOrDefault("transport", "9300"))
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false);
        if (options.containsKey("seeds")) {
            settings.putList("discovery.seed_hosts", List.of(options.get("seeds").split(",")))
                    .putList("cluster.initial_cluster_manager_nodes", List.of(options.get("managers").split(",")));
        } else {
            settings.put("discovery.type", "single-node");
        }
        OpenSearchNode node = new OpenSearchNode(settings.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // stopping anyway
            } finally {
                stopped.countDown();
            }
        }));
        node.start();
        System.out.println("OpenSearch node " + options.getOrDefault("name", "node-1") + " started");
        stopped.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
