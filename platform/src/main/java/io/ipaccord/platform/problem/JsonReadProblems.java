package io.ipaccord.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.ipaccord.platform.problem.Problem.FieldError;

/**
 * What a user needs to hear when a request body cannot be read: the field (its JSON path), what was wrong and what is
 * expected, in words, never a Java type or an exception's name ({@code memberSince: 2020-02-30 is not a date; expected
 * YYYY-MM-DD}). Jackson's own messages name classes and parser internals, so none of them is passed on.
 *
 * @param field   the JSON path of the field at fault ({@code rule.conditions[0].count}), empty for the body as a whole
 * @param message what was wrong and what is expected, without the field
 */
record JsonReadProblems(String field, String message) {

    /** The longest value quoted back: the rest of an oversized value says nothing more. */
    private static final int QUOTED = 40;

    static JsonReadProblems of(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("No content to map")) {
            return new JsonReadProblems("", "the body is empty; expected a JSON value");
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            return new JsonReadProblems(field, mappingMessage(mapping));
        }
        String field = e instanceof StreamReadException read && read.getProcessor() != null
                ? pathOf(read.getProcessor().getParsingContext()) : "";
        if (e instanceof InputCoercionException coercion) {
            return new JsonReadProblems(field, "is out of range; expected " + expected(coercion.getTargetType())
                    + expectedForm(coercion.getTargetType()));
        }
        String message = syntaxMessage(e);
        return new JsonReadProblems(field, field.isEmpty() ? message
                : message.replaceFirst("^the body (is|has|ends|exceeds|cannot)", "$1"));
    }

    /** The dotted path of where a parser stopped ({@code rule.conditions[0].count}), empty at the top. */
    private static String pathOf(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** The problem's detail: {@code field: message}, or the message alone for the body as a whole. */
    String detail() {
        return field.isEmpty() ? message : field + ": " + message;
    }

    /** The field error to list, if a field is at fault. */
    FieldError error() {
        return new FieldError(field.isEmpty() ? "body" : field, message);
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof PropertyBindingException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return "is not a field of this resource"
                    + (known == null || known.isEmpty() ? "" : "; expected one of " + known.stream().map(String::valueOf)
                            .sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof UnacceptableValueException unacceptable) {
            return unacceptable.reason();
        }
        if (e instanceof InvalidFormatException format) {
            return quote(format.getValue()) + " is not " + expected(format.getTargetType()) + expectedForm(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            if (target == null) {
                return "has the wrong kind of value";
            }
            return "has the wrong kind of value; expected " + expected(target) + expectedForm(target);
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() instanceof IllegalArgumentException cause
                && cause.getMessage() != null && !leaks(cause.getMessage())) {
            return cause.getMessage();
        }
        // A JsonParseException wrapped while reading a field (e.g. a malformed number inside an object).
        if (e.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException)) {
            return syntaxMessage(cause).replaceFirst("^the body (is|has|ends|exceeds|cannot)", "$1");
        }
        return "cannot be read";
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where = where(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return "the body exceeds a size limit (too deeply nested, or a number or string too long)" + where;
        }
        if (original.contains("UTF-8") || original.contains("UTF8") || original.contains("surrogate")) {
            return "the body is not valid UTF-8" + where;
        }
        if (original.contains("end-of-input")) {
            return "the body ends before its JSON is complete" + where;
        }
        if (original.contains("Illegal unquoted character") || original.contains("control character")) {
            return "the body has a control character that JSON requires to be escaped" + where;
        }
        if (original.contains("Unrecognized token") || original.contains("Unexpected character")
                || e instanceof JsonParseException) {
            return "the body is not well-formed JSON" + where;
        }
        return "the body cannot be read as JSON" + where;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** What a value of {@code type} is called in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == LocalDate.class) {
            return "a date";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "a date and time";
        }
        if (type == LocalTime.class) {
            return "a time of day";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class || type == byte.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "an identifier";
        }
        if (type.isEnum()) {
            return "a known value";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    /** The accepted form of a value of {@code type}, for the message's end. */
    private static String expectedForm(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == LocalDate.class) {
            return "; expected YYYY-MM-DD";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "; expected an ISO 8601 date and time such as 2026-02-03T10:00:00Z";
        }
        if (type == LocalTime.class) {
            return "; expected HH:MM";
        }
        if (type.isEnum()) {
            return "; expected one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class) {
            return " (from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
        }
        return "";
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(QUOTED).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        boolean quoted = value instanceof String && (text.isBlank() || text.codePoints().anyMatch(Character::isWhitespace));
        return (quoted ? "'" + out + "'" : out.toString())
                + (text.codePointCount(0, text.length()) > QUOTED ? "..." : "");
    }

    /** Whether a message names Java internals (a package or an exception), which a user must not see. */
    static boolean leaks(String message) {
        return message.contains("java.") || message.contains("Exception") || message.contains("com.fasterxml")
                || message.contains("io.ipaccord") || message.contains("`");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
