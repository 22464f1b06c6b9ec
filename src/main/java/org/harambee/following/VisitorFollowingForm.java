package org.harambee.following;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A visitor's address, to which the link that starts and manages their following is mailed. */
public class VisitorFollowingForm {

    @NotBlank
    @Email
    @Size(max = 320)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
