package io.ipaccord.contracts;

/** Classpath locations of the JSON Schemas and the AsyncAPI document shipped in this jar. */
public final class Schemas {

    private static final String ROOT = "META-INF/ipaccord/";

    public static final String MEMBER_STATE_V1 = ROOT + "schemas/member-state.v1.json";
    public static final String ORGANISATION_V1 = ROOT + "schemas/organisation.v1.json";
    public static final String TREATY_V1 = ROOT + "schemas/treaty.v1.json";
    public static final String INSTRUMENT_V1 = ROOT + "schemas/instrument.v1.json";
    public static final String TREATY_ENTRY_INTO_FORCE_V1 = ROOT + "schemas/treaty-entry-into-force.v1.json";
    public static final String PARTY_ENTRY_INTO_FORCE_V1 = ROOT + "schemas/party-entry-into-force.v1.json";
    public static final String EVENT_V1 = ROOT + "schemas/event.v1.json";
    public static final String ASYNCAPI = ROOT + "asyncapi.yaml";

    private Schemas() {
    }
}
