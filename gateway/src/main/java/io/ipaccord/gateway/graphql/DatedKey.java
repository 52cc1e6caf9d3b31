package io.ipaccord.gateway.graphql;

import java.time.LocalDate;

/**
 * A code (treaty or state) and the date a backend computes for: the batch key of every field with an
 * {@code asOf} argument. Equal keys are fetched once per operation.
 */
public record DatedKey(String code, LocalDate asOf) {

    public DatedKey {
        code = Codes.normalize(code);
    }
}
