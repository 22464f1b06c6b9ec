package org.harambee.governance;

import java.util.Locale;

/** Text written in English and/or Spanish: the reader's language when written in it, the other one otherwise. */
final class Texts {

    private Texts() {
    }

    static String in(Locale locale, String english, String spanish) {
        boolean spanishReader = "es".equals(locale.getLanguage());
        String first = spanishReader ? spanish : english;
        return first != null ? first : spanishReader ? english : spanish;
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
