package org.harambee.identity;

import org.springframework.validation.Errors;

/** The current password, then a new one typed twice. */
public class ChangePasswordForm extends NewPasswordForm {

    private String current;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    /** The current password must be right before the new one is even considered. */
    void check(Passwords passwords, Account account, Errors errors) {
        if (!passwords.matches(account, current)) {
            errors.rejectValue("current", "password.current.wrong");
            return;
        }
        check(passwords, account.email(), errors);
    }
}
