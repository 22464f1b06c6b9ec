package org.harambee.events;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a visitor gives when registering: their name and e-mail address, and their needs (all optional). */
public class VisitorRegistrationForm extends RegistrationForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    @Size(max = 254)
    private String email;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
