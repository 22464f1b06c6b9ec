package org.harambee.identity;

import java.time.Instant;

/** One of a person's API tokens as their tokens page lists it (never the token itself, which is not kept). */
public record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt());
    }
}
