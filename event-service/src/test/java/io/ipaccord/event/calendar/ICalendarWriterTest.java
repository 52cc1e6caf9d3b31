package io.ipaccord.event.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.event.EventData;

/** The iCalendar text itself: CRLF, folding at 75 octets of UTF-8, TEXT escaping, all-day dates, stable output. */
class ICalendarWriterTest {

    @Test
    void escapesBackslashSemicolonCommaAndEveryLineBreak() {
        assertThat(ICalendarWriter.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendarWriter.escape("plain: text")).isEqualTo("plain: text");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingACharacter() {
        String ascii = "DESCRIPTION:" + "x".repeat(200);
        assertFolded(ascii);
        assertThat(ICalendarWriter.fold(ascii).split("\r\n")[0]).hasSize(75);

        // 2-, 3- and 4-octet characters at every offset against the fold
        for (int shift = 0; shift < 4; shift++) {
            assertFolded("SUMMARY:" + "a".repeat(shift) + "é中😀".repeat(40));
        }
        assertThat(ICalendarWriter.fold("SUMMARY:short")).isEqualTo("SUMMARY:short");
        assertThat(ICalendarWriter.fold("S:" + "a".repeat(73))).doesNotContain("\r\n");
        assertThat(ICalendarWriter.fold("S:" + "a".repeat(74))).isEqualTo("S:" + "a".repeat(73) + "\r\n a");
    }

    @Test
    void aCalendarOfAllDayEventsWithExclusiveEndsAndTheEventsOwnTimestamps() {
        EventData event = event("EV-TEST-UNIT", "2041-05-01", "2041-05-03", "CANCELLED",
                "Signed; then, ratified\\ later\nby all", Instant.parse("2026-02-03T10:15:30.123456Z"));
        String ics = EventCalendar.write(List.of(event), Map.of("XA", "Test Republic A"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ipaccord//event-service//EN\r\nCALSCALE:GREGORIAN\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).contains("UID:EV-TEST-UNIT@ipaccord.io", "DTSTAMP:20260203T101530Z", "SEQUENCE:3",
                "DTSTART;VALUE=DATE:20410501", "DTEND;VALUE=DATE:20410504", "STATUS:CANCELLED",
                "CATEGORIES:FORUM", "URL:https://example.org/unit", "LOCATION:Hall 1\\, Test City\\, Test Republic A",
                "SUMMARY:A forum\\, in test",
                "DESCRIPTION:Signed\\; then\\, ratified\\\\ later\\nby all\\n\\nSources:\\nnote only\\nhttps://example.org/unit");
        assertThat(EventCalendar.write(List.of(event), Map.of("XA", "Test Republic A"))).isEqualTo(ics);
        assertThat(EventCalendar.write(List.of(), Map.of())).isEqualTo(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ipaccord//event-service//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void plannedAndHeldAreConfirmed() {
        assertThat(EventCalendar.status("PLANNED")).isEqualTo("CONFIRMED");
        assertThat(EventCalendar.status("HELD")).isEqualTo("CONFIRMED");
        assertThat(EventCalendar.status("CANCELLED")).isEqualTo("CANCELLED");
    }

    private static void assertFolded(String line) {
        String folded = ICalendarWriter.fold(line);
        String[] physical = folded.split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(physical[i]).startsWith(" ");
            }
            // a split inside a character would not survive the round trip through UTF-8
            assertThat(new String(physical[i].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(physical[i]);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    static EventData event(String id, String start, String end, String status, String summary, Instant updatedAt) {
        return new EventData(id, "FORUM", "A forum, in test", summary, LocalDate.parse(start), LocalDate.parse(end),
                "Test City", null, "XA", "Hall 1", status, List.of(), null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of("note only", "https://example.org/unit"), "no", null, 3, updatedAt, null);
    }
}
