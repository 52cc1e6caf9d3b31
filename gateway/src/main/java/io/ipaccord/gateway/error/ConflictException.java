package io.ipaccord.gateway.error;

import java.util.List;
import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** The change clashes with the current state; {@code extensions.fields} names the clashing input fields. */
@ErrorCode(ConflictException.CODE)
public class ConflictException extends GatewayException {

    public static final String CODE = "CONFLICT";

    private final List<String> fields;

    public ConflictException(String message, List<String> fields, Throwable cause) {
        super(message, cause);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }

    @Override
    protected Map<String, Object> details() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        fields.forEach(array::add);
        return Map.of("fields", array.build());
    }
}
