package io.ipaccord.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * A CloudEvents {@code type} of the contract: the {@code ce_type} header value and the record the event's JSON data
 * reads into. Each topic's {@code *ChangeType} enum implements it; {@link #fromCeType(Class, String)} is their one
 * lookup.
 */
public interface ChangeType {

    /** The {@code ce_type} header value, e.g. {@code io.ipaccord.treaty.updated.v1}. */
    String ceType();

    /** The record the event's data (the record value) reads into. */
    Class<? extends Record> dataType();

    /** The constant of {@code type} with this {@code ce_type}; empty for a type the contract does not define. */
    static <T extends Enum<T> & ChangeType> Optional<T> fromCeType(Class<T> type, String ceType) {
        return Arrays.stream(type.getEnumConstants()).filter(t -> t.ceType().equals(ceType)).findFirst();
    }
}
