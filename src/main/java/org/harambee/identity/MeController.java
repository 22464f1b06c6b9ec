package org.harambee.identity;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API takes the caller to be: the owner of the token sent, or the signed-in person. */
@RestController
class MeController {

    @GetMapping(value = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Me me(@AuthenticationPrincipal HarambeeUser caller) {
        return new Me(caller.email(), caller.displayName(),
                caller.roles().stream().sorted().map(Role::name).toList());
    }

    /** The caller's e-mail address, name, and roles (such as {@code MEMBER}, {@code STAFF}). */
    record Me(String email, String displayName, List<String> roles) {
    }
}
