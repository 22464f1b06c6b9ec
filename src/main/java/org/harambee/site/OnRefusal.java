package org.harambee.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.NamedInterface;

/**
 * Where a page's action goes back to when a rule refuses it ({@link Refusal}): the address, whose {@code {name}}
 * parts are the action's own path variables, and the flash attribute that carries the refusal's message key to
 * that page ({@code notice} by default). The action itself only says what it does when it succeeds.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@NamedInterface(name = "api", propagate = false)
public @interface OnRefusal {

    /** The page to go back to, such as {@code /statements/{id}#notice}. */
    String value();

    /** The flash attribute the page shows the message key of. */
    String flash() default "notice";
}
