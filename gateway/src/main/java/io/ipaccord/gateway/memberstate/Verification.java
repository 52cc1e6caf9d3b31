package io.ipaccord.gateway.memberstate;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether facts were checked against their sources; member-service spells these in lower case. */
@Enum("Verification")
@Description("Whether the facts were checked against their sources.")
public enum Verification {
    YES,
    NO,
    PARTIAL;

    /** The backends' spelling: yes, no, partial. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Verification fromJson(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(v -> v.json().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown verification " + value));
    }

    /** Reads the backends' spelling; NO when absent. */
    public static Verification fromJsonOrNo(String value) {
        return value == null ? NO : fromJson(value);
    }
}
