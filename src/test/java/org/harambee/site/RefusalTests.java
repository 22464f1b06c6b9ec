package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * A refusal goes into a form's errors at its field, or at the form as a whole when it names none or a field the form
 * does not have (a rule of the books refusing a day under a form that takes no day: never a failure of the page).
 */
class RefusalTests {

    /** A form with one field. */
    public static class Form {

        private String amount;

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    @Test
    void problemsGoToTheirFieldOrToTheFormWhenItHasNoSuchField() {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form(), "form");
        new Refusal(List.of(new Refusal.Problem("amount", "finance.payment.amountNeeded"),
                new Refusal.Problem("date", "finance.period.closed"),
                new Refusal.Problem(null, "finance.payment.applicant"))).rejectInto(errors);

        assertThat(errors.getFieldError("amount").getCode()).isEqualTo("finance.payment.amountNeeded");
        assertThat(errors.getGlobalErrors()).extracting(error -> error.getCode())
                .containsExactly("finance.period.closed", "finance.payment.applicant");
    }
}
