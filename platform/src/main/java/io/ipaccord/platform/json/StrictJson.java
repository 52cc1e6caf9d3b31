package io.ipaccord.platform.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.ipaccord.platform.problem.UnacceptableValueException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What every service's JSON refuses, whatever the field: a number for an enum (Jackson would take it as the constant's
 * position), text with a control character other than tab, line feed and carriage return (a NUL cannot even be stored in
 * PostgreSQL), and a date outside the years 1000 to 9999 ({@link #FIRST_DAY} to {@link #LAST_DAY}; year 0, negative years: never a treaty's or a member's date).
 * Refused as {@link UnacceptableValueException}, so the problem names the field and says why.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The first and last date any service takes (in a body or a parameter). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Last, after Quarkus has registered the Java time module, so that its date deserializer is replaced. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        SimpleModule module = new SimpleModule("ipaccord-strict-json");
        module.addDeserializer(String.class, new Text());
        // Wraps whichever date deserializer is found (Quarkus registers the Java time module in its own order).
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == LocalDate.class ? new Date(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Whether {@code date} lies from {@link #FIRST_DAY} to {@link #LAST_DAY}. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    /** The first character a text may not hold, or -1. */
    static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return c;
            }
        }
        return -1;
    }

    static final class Text extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            int c = text == null ? -1 : controlCharacter(text);
            if (c >= 0) {
                throw new UnacceptableValueException(p, String.format("has the control character U+%04X; text may hold "
                        + "tabs and line breaks, no other control character", c), text, String.class);
            }
            return text;
        }
    }

    /** A date from the year 1000 to 9999, read by the deserializer it wraps. */
    static final class Date extends DelegatingDeserializer {
        Date(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Date(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && !ISO_DATE.matcher(p.getText()).matches()) {
                // Jackson would trim it, take an empty text for no date, or the date of a date-time.
                String text = p.getText();
                throw new UnacceptableValueException(p, (text.isBlank() ? "'" + text + "'" : text.length() > 40
                        ? text.substring(0, 40) + "..." : text) + " is not a date; expected YYYY-MM-DD", text, LocalDate.class);
            }
            Object value = super.deserialize(p, ctxt);
            if (value instanceof LocalDate date && !plausible(date)) {
                throw new UnacceptableValueException(p, date + " is not a date from " + FIRST_DAY + " to " + LAST_DAY
                        + "; expected YYYY-MM-DD", date.toString(), LocalDate.class);
            }
            return value;
        }
    }
}
