package org.harambee.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The e-mail address to send a password-reset link to. */
public class ForgotPasswordForm {

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
