package io.ipaccord.contracts;

/** Classpath locations of the JSON Schemas and the AsyncAPI document shipped in this jar. */
public final class Schemas {

    private static final String ROOT = "META-INF/ipaccord/";

    public static final String MEMBER_STATE_V1 = ROOT + "schemas/member-state.v1.json";
    public static final String ASYNCAPI = ROOT + "asyncapi.yaml";

    private Schemas() {
    }
}
