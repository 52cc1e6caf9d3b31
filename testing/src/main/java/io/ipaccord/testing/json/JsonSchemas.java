package io.ipaccord.testing.json;

import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validation against the JSON Schemas (draft 2020-12) published with the contract, read from the class path. */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** What {@code body} breaks of the schema at class-path resource {@code schema}; empty when valid. */
    public static Set<ValidationMessage> errors(String schema, JsonNode body) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(schema);
        if (in == null) {
            throw new IllegalArgumentException("No schema " + schema + " on the class path");
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(body);
    }
}
