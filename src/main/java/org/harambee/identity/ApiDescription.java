package org.harambee.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API, served at {@code /api/v1/openapi.json} (springdoc, which reads
 * the controllers under {@code /api/v1/}). Operations that need a caller name the {@value #BEARER} scheme.
 */
@Configuration
class ApiDescription {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI harambeeApi(@Value("${harambee.base-url}") String baseUrl) {
        return new OpenAPI()
                .servers(List.of(new Server().url(baseUrl).description("This installation")))
                .info(new Info().title("Harambee API").version("v1").description(
                        "JSON for programs that work with the network's data. Errors are RFC 9457 problem JSON. A personal API "
                                + "token (created at /account/tokens) is sent as `Authorization: Bearer hrb_…`; "
                                + "requests are limited per token, and per client address without one (429 with "
                                + "Retry-After beyond the limit)."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("hrb_…")
                        .description("A personal API token; the request acts as the token's owner, with their roles.")));
    }
}
