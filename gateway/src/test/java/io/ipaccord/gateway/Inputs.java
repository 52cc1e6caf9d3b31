package io.ipaccord.gateway;

import java.util.HashMap;
import java.util.Map;

/** Mutation inputs (as GraphQL variables) the tests share; callers add optional fields to the mutable map. */
public final class Inputs {

    private Inputs() {
    }

    /** A RegisterMemberStateInput. Codes XA..XZ are user-assigned in ISO 3166, never in the seed. */
    public static Map<String, Object> newState(String code, String alpha3, String numeric, String name) {
        return new HashMap<>(Map.of("code", code, "alpha3", alpha3, "numeric", numeric, "name", name));
    }

    /** An InstrumentInput. */
    public static Map<String, Object> instrument(String treaty, String state, String type, String depositDate) {
        return new HashMap<>(Map.of("treaty", treaty, "state", state, "type", type, "depositDate", depositDate));
    }
}
