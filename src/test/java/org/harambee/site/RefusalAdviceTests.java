package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A refusal goes back to the page its action names, with its message as a notice; an action that names none is
 * answered 409; the API answers problem JSON naming each field; a form puts each problem at its field.
 */
class RefusalAdviceTests {

    @Controller
    static class Pages {

        @PostMapping("/groups/{slug}/posts/{id}/hide")
        @OnRefusal("/groups/{slug}#post-{id}")
        String hide(@PathVariable String slug, @PathVariable Long id) {
            throw new Refusal("groups.closed");
        }

        @PostMapping("/members/{id}/reinstate")
        @OnRefusal(value = "/members/{id}", flash = "problem")
        String reinstate(@PathVariable Long id) {
            throw new Refusal("membership.transition.refused");
        }

        @PostMapping("/unmarked")
        String unmarked() {
            throw new Refusal("groups.closed");
        }
    }

    @RestController
    static class Api {

        @PostMapping("/api/v1/things")
        String create() {
            throw new Refusal(List.of(new Refusal.Problem("name", "things.name.taken", "Bread"),
                    new Refusal.Problem(null, "things.closed")));
        }
    }

    final MockMvc mvc;

    RefusalAdviceTests() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("things.name.taken", Locale.ENGLISH, "The name {0} is taken.");
        messages.addMessage("things.closed", Locale.ENGLISH, "No more things.");
        mvc = MockMvcBuilders.standaloneSetup(new Pages(), new Api())
                .setControllerAdvice(new ApiRefusals(messages), new RefusalAdvice()).build();
    }

    @Test
    void aRefusedActionGoesBackToItsPageWithTheReasonAsANotice() throws Exception {
        mvc.perform(post("/groups/tenants union/posts/12/hide")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/groups/tenants%20union#post-12"))
                .andExpect(flash().attribute("notice", "groups.closed"));
        mvc.perform(post("/members/7/reinstate")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/members/7"))
                .andExpect(flash().attribute("problem", "membership.transition.refused"));
    }

    @Test
    void anActionThatNamesNoPageIsAConflict() throws Exception {
        mvc.perform(post("/unmarked")).andExpect(status().isConflict());
    }

    @Test
    void theApiAnswersProblemJsonWithEveryProblemAtItsField() throws Exception {
        mvc.perform(post("/api/v1/things").locale(Locale.ENGLISH)).andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("The name Bread is taken."))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[1].field").value(""))
                .andExpect(jsonPath("$.errors[1].detail").value("No more things."));
    }

    @Test
    void aFormShowsEachProblemAtItsFieldKeepingAnErrorAlreadyThere() {
        record Form(String name, String date) {
        }
        Errors errors = new BeanPropertyBindingResult(new Form("x", "y"), "form");
        errors.rejectValue("date", "form.date.invalid");
        new Refusal(List.of(new Refusal.Problem("name", "things.name.taken", "Bread"),
                new Refusal.Problem("date", "things.date.late"), new Refusal.Problem(null, "things.closed")))
                .rejectInto(errors);
        assertThat(errors.getFieldError("name").getCode()).isEqualTo("things.name.taken");
        assertThat(errors.getFieldError("name").getArguments()).containsExactly("Bread");
        assertThat(errors.getFieldErrors("date")).extracting(error -> error.getCode())
                .containsExactly("form.date.invalid");
        assertThat(errors.getGlobalError().getCode()).isEqualTo("things.closed");
    }
}
