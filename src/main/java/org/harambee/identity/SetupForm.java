package org.harambee.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first administrator: who they are, and their password typed twice. */
public class SetupForm extends NewPasswordForm {

    @NotBlank
    @Size(max = 200)
    private String displayName;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
