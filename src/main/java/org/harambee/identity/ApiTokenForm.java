package org.harambee.identity;

import org.springframework.validation.Errors;

/** A new personal API token: only its name, which its owner recognizes it by. */
public class ApiTokenForm {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    void check(Errors errors) {
        ApiToken.nameProblem(name).ifPresent(problem ->
                errors.rejectValue("name", problem, new Object[] {ApiToken.MAX_NAME_LENGTH}, null));
    }
}
