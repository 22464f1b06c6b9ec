package org.harambee.site;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What forms do with the fields a browser sends: a list left out is an empty list, a text box of lines a list. */
@NamedInterface(name = "api", propagate = false)
public final class FormFields {

    private FormFields() {
    }

    /** The list the browser sent, or an empty one (a group of checkboxes none of which is ticked is not sent). */
    public static <T> List<T> orEmpty(List<T> sent) {
        return sent == null ? new ArrayList<>() : sent;
    }

    /** The lines of a text box, each without the spaces around it, blank ones left out. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
