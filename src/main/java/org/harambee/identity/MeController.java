package org.harambee.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API takes the caller to be: the owner of the token sent, or the signed-in person. */
@RestController
@Tag(name = "Caller", description = "Who the API answers as")
class MeController {

    @GetMapping(value = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getMe", summary = "Who is calling", description = "The account the request is answered as: the owner of the "
            + "personal API token it carries, or the person signed in to the session.",
            security = @SecurityRequirement(name = ApiDescription.BEARER))
    @ApiResponse(responseCode = "200", description = "The caller")
    @ApiResponse(responseCode = "401", description = "No token, or a malformed, unknown or revoked one, or one of an "
            + "account that cannot sign in", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    Me me(@AuthenticationPrincipal HarambeeUser caller) {
        return new Me(caller.email(), caller.displayName(),
                caller.roles().stream().sorted().map(Role::name).toList());
    }

    /** The caller's e-mail address, name, and roles (such as {@code MEMBER}, {@code STAFF}). */
    record Me(String email, String displayName, List<String> roles) {
    }
}
