package io.ipaccord.event.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes iCalendar (RFC 5545) content lines: each ends with CRLF and is folded so that no line is longer than 75
 * octets of UTF-8 (a fold is CRLF and one space, never inside a character); TEXT values are escaped (backslash,
 * semicolon, comma, line breaks as {@code \n}).
 */
final class ICalendarWriter {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** A property with a value already in its type's form (a date, a URI, a code); nothing written for null. */
    ICalendarWriter property(String nameAndParameters, String value) {
        if (value != null) {
            out.append(fold(nameAndParameters + ":" + value)).append(CRLF);
        }
        return this;
    }

    /** A TEXT property, escaped; nothing written for null or blank. */
    ICalendarWriter text(String name, String value) {
        return value == null || value.isBlank() ? this : property(name, escape(value));
    }

    /** A TEXT property with several values (CATEGORIES), each escaped, separated by commas; nothing for none. */
    ICalendarWriter texts(String name, List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        return present.isEmpty() ? this : property(name, present.stream().map(ICalendarWriter::escape).collect(Collectors.joining(",")));
    }

    /** A DATE value: {@code DTSTART;VALUE=DATE:20120620}. */
    ICalendarWriter date(String name, LocalDate date) {
        return property(name + ";VALUE=DATE", DATE.format(date));
    }

    /** A DATE-TIME in UTC, to the second: {@code DTSTAMP:20260203T101500Z}. */
    ICalendarWriter utc(String name, Instant instant) {
        return property(name, UTC_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** TEXT escaping: {@code \\}, {@code \;}, {@code \,}, and every line break (CRLF, LF or CR) as {@code \n}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * One content line folded: at most 75 octets per physical line, the continuation lines starting with a space
     * (which counts); a character is never split, whatever its UTF-8 length. No CRLF after the last part.
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
