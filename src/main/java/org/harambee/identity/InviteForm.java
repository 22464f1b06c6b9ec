package org.harambee.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator invites a person (staff, typically) by e-mail. */
public class InviteForm {

    @NotBlank
    @Size(max = 200)
    private String displayName;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    @NotNull
    private Role role;
    @NotBlank
    @Pattern(regexp = "en|es")
    private String language = "en";

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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
