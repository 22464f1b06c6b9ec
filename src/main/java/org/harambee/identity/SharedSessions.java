package org.harambee.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions shared by the nodes of a cluster (Spring Session JDBC on PostgreSQL). Two requests of one session may set
 * the same attribute for the first time at once (two forms sent together, each redirecting with a notice): the
 * second insert of that attribute then updates it instead of failing on its key.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
class SharedSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesSetAtOnce() {
        return sessions -> sessions.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """);
    }
}
