package org.harambee.site;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;

/** What every JSON API reads from its query parameters the same way, and how it refuses (RFC 9457, see {@link ApiRefusals}). */
@NamedInterface(name = "api", propagate = false)
public final class ApiRequests {

    private ApiRequests() {
    }

    /**
     * The whole number a parameter gives, {@code otherwise} when it is absent or blank; anything else than a whole
     * number from {@code least} to {@code most} is refused with a 400 problem naming the parameter and the range.
     */
    public static int wholeNumber(MultiValueMap<String, String> parameters, String name, int otherwise, int least,
            int most) {
        String value = parameters.getFirst(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String digits = value.strip();
        if (digits.matches("\\d{1,9}")) {
            int number = Integer.parseInt(digits);
            if (number >= least && number <= most) {
                return number;
            }
        }
        throw refusal(HttpStatus.BAD_REQUEST, name + " must be a whole number from " + least + " to " + most + ".");
    }

    /** A refusal answered as problem JSON with this status and detail. */
    public static ErrorResponseException refusal(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return new ErrorResponseException(status, problem, null);
    }
}
