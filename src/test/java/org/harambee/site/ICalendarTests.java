package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** iCalendar text: lines folded at 75 octets without splitting a character, TEXT escaped, all-day events. */
class ICalendarTests {

    @Test
    void longLinesFoldAtSeventyFiveOctetsAndUnfoldToTheSameText() {
        String content = "DESCRIPTION:" + "A long line of plain words ".repeat(12);
        StringBuilder ics = new StringBuilder();

        ICalendar.line(ics, content);

        String[] lines = ics.toString().split("\r\n");
        assertThat(ics.toString()).endsWith("\r\n");
        assertThat(lines).hasSizeGreaterThan(4).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        assertThat(lines[0]).hasSize(75);
        assertThat(Arrays.asList(lines).subList(1, lines.length)).allSatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(ics.toString().replace("\r\n ", "")).isEqualTo(content + "\r\n");
    }

    @Test
    void foldingNeverSplitsACharacterOfSeveralOctets() {
        String content = "SUMMARY:" + "Reunión ñandú 😀 ".repeat(20);
        StringBuilder ics = new StringBuilder();

        ICalendar.line(ics, content);

        for (String line : ics.toString().split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(line).doesNotContain("\uFFFD");
            assertThat(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0))).as(line).isFalse();
        }
        assertThat(ics.toString().replace("\r\n ", "")).isEqualTo(content + "\r\n");
    }

    @Test
    void aShortLineStaysWhole() {
        StringBuilder ics = new StringBuilder();
        ICalendar.line(ics, "BEGIN:VCALENDAR");
        assertThat(ics).hasToString("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void textValuesEscapeBackslashesSeparatorsAndLineBreaks() {
        assertThat(ICalendar.text("Budget, votes; next\\steps\r\nthen\rmore\nend"))
                .isEqualTo("Budget\\, votes\\; next\\\\steps\\nthen\\nmore\\nend");
    }

    @Test
    void anAllDayEventEndsTheDayAfterItsLastDay() {
        StringBuilder ics = new StringBuilder();
        ICalendar.begin(ics, "-//Harambee//Test//EN");
        ICalendar.allDayEvent(ics, "review-1@example.org", Instant.parse("2026-06-01T12:30:00Z"),
                LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31), "CEDAW, 94th session", null,
                "https://example.org/un/reviews");
        ICalendar.end(ics);

        assertThat(ics.toString()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harambee//Test//EN\r\n")
                .contains("BEGIN:VEVENT\r\nUID:review-1@example.org\r\nDTSTAMP:20260601T123000Z\r\n"
                        + "DTSTART;VALUE=DATE:20261228\r\nDTEND;VALUE=DATE:20270101\r\n"
                        + "SUMMARY:CEDAW\\, 94th session\r\n")
                .contains("URL:https://example.org/un/reviews\r\nEND:VEVENT\r\n")
                .doesNotContain("DESCRIPTION").endsWith("END:VCALENDAR\r\n");
        assertThat(ICalendar.date(LocalDate.of(2027, 2, 3))).isEqualTo("20270203");
    }
}
