package io.ipaccord.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value the body's JSON reads but the service refuses whatever the field (a control character in text, a date outside
 * the years 1000 to 9999), with the words a user needs ({@link JsonReadProblems} passes {@link #reason()} on as is).
 */
public class UnacceptableValueException extends InvalidFormatException {

    private final String reason;

    public UnacceptableValueException(JsonParser parser, String reason, Object value, Class<?> type) {
        super(parser, reason, value, type);
        this.reason = reason;
    }

    /** What was wrong and what is expected, without the field. */
    public String reason() {
        return reason;
    }
}
