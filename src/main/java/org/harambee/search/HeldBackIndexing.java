package org.harambee.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * In the cluster shape, a write the search cluster could not take (a search node down, the cluster without a
 * manager, the whole cluster away) is tried three times by Hibernate Search's outbox and then set aside as
 * "aborted", never to be tried again on its own. This puts such writes back in the outbox as soon as the search
 * cluster answers that it takes writes again, however long it was away, so that every acknowledged write becomes
 * searchable after its return without a {@code reindex}. A write the search cluster refuses while it takes others
 * (a document it rejects) is sent again less and less often: 2 s after the first time, then twice as long each time,
 * up to an hour, until the search cluster is seen refusing writes again.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.coordination.strategy",
        havingValue = "outbox-polling")
class HeldBackIndexing {

    private static final Logger log = LoggerFactory.getLogger(HeldBackIndexing.class);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final EntityManagerFactory entityManagers;
    private final List<URI> nodes;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    private final Clock clock;
    private Duration pause = FIRST_PAUSE;
    private Instant nextTry = Instant.MIN;

    HeldBackIndexing(EntityManagerFactory entityManagers, Clock clock,
            @Value("${spring.jpa.properties.hibernate.search.backend.uris}") String uris,
            @Value("${spring.jpa.properties.hibernate.search.backend.username:}") String username,
            @Value("${spring.jpa.properties.hibernate.search.backend.password:}") String password) {
        this.entityManagers = entityManagers;
        this.clock = clock;
        this.nodes = Arrays.stream(uris.split(",")).map(String::strip).filter(uri -> !uri.isEmpty())
                .map(uri -> URI.create(uri.endsWith("/") ? uri : uri + "/")).toList();
        this.authorization = username.isEmpty() ? null : "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Scheduled(fixedDelayString = "${harambee.search.held-back-check:PT2S}", initialDelayString = "PT10S")
    void retryOnceTheSearchClusterTakesWrites() {
        OutboxPollingSearchMapping outbox = Search.mapping(entityManagers).extension(OutboxPollingExtension.get());
        Instant now = clock.instant();
        if (now.isBefore(nextTry) || outbox.countAbortedEvents() == 0) {
            return;
        }
        if (takesWrites()) {
            log.info("The search cluster takes writes: {} held-back writes sent to it once more",
                    outbox.reprocessAbortedEvents());
            nextTry = now.plus(pause);
            pause = Collections.min(List.of(pause.multipliedBy(2), LONGEST_PAUSE));
        } else {
            pause = FIRST_PAUSE;
        }
    }

    /** Whether a node of the search cluster answers that the cluster has a manager and no index lacks a shard. */
    private boolean takesWrites() {
        for (URI node : nodes) {
            HttpRequest.Builder health = HttpRequest.newBuilder(node.resolve("_cluster/health?master_timeout=2s"))
                    .timeout(PATIENCE);
            if (authorization != null) {
                health.header("Authorization", authorization);
            }
            try {
                HttpResponse<String> answer = http.send(health.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher status = STATUS.matcher(answer.body());
                if (answer.statusCode() == 200 && status.find()) {
                    return !"red".equals(status.group(1));
                }
            } catch (IOException unreachable) {
                log.debug("Search node {} does not answer: {}", node, unreachable.toString());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
