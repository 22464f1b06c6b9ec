package org.harambee.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.harambee.site.Installation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API, served at {@code /api/v1/openapi.json} (springdoc, which reads
 * the controllers under {@code /api/v1/}). Operations that need a caller name the {@value #BEARER} scheme.
 */
@Configuration
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI harambeeApi(Installation installation) {
        return new OpenAPI()
                .servers(List.of(new Server().url(installation.address()).description("This installation")))
                .info(new Info().title("Harambee API").version("v1").description(
                        "JSON for programs that work with the network's data. Errors are RFC 9457 problem JSON. A personal API "
                                + "token (created at /account/tokens) is sent as `Authorization: Bearer hrb_…`; "
                                + "requests are limited per token, and per client address without one (429 with "
                                + "Retry-After beyond the limit).")
                        .contact(new Contact().name(installation.networkName() + ": see /contact")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("hrb_…")
                        .description("A personal API token; the request acts as the token's owner, with their roles.")));
    }

    /**
     * What every operation may answer besides its result, so that a generated client knows them: a token that is
     * not (or no longer) valid is 401 everywhere, too many requests 429 with {@code Retry-After}; filters that name
     * nothing 400; an address that names nothing 404. Operations that answer visitors too accept the token
     * optionally (a client configured with one sends it, and sees what its owner may see).
     */
    @Bean
    OpenApiCustomizer answersEveryOperationMayGive() {
        return api -> {
            api.getComponents().getSchemas().remove("ProblemDetail");
            api.getComponents().addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details.")
                    .addProperty("type", new StringSchema())
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("What went wrong, in the caller's "
                            + "language (Accept-Language)."))
                    .addProperty("instance", new StringSchema()));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> described(path,
                    operation)));
        };
    }

    private static void described(String path, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement()));
        }
        ApiResponses responses = operation.getResponses();
        boolean filtered = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "query".equals(parameter.getIn()));
        if (filtered) {
            responses.addApiResponse("400", problem("A filter value that names nothing, or a page out of range."));
        }
        responses.addApiResponse("401", problem("The bearer token is not (or no longer) a valid personal token, "
                + "or this operation needs one."));
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("Nothing at this address that the caller may see."));
        }
        responses.addApiResponse("429", problem("Too many requests: try again after Retry-After seconds.")
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait.")
                        .schema(new IntegerSchema())));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
