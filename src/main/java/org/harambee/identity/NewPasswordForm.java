package org.harambee.identity;

import java.util.Objects;
import org.springframework.validation.Errors;

/** A new password typed twice. */
public class NewPasswordForm {

    private String password;
    private String confirmation;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    /** Puts the policy's refusal and a mismatch next to their fields. */
    void check(Passwords passwords, String email, Errors errors) {
        passwords.refusal(password, email)
                .ifPresent(refusal -> errors.rejectValue("password", refusal.code(), refusal.args(), null));
        if (!errors.hasFieldErrors("password") && !Objects.equals(password, confirmation)) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
    }
}
