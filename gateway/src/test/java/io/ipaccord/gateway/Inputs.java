package io.ipaccord.gateway;

import java.util.HashMap;
import java.util.Map;

/** Mutation inputs (as GraphQL variables) the tests share; callers add optional fields to the mutable map. */
public final class Inputs {

    private Inputs() {
    }

    /** A RegisterMemberStateInput. Codes XA..XZ are user-assigned in ISO 3166, never in the seed. */
    public static Map<String, Object> newState(String code, String alpha3, String numeric, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("alpha3", alpha3);
        input.put("numeric", numeric);
        input.put("name", name);
        return input;
    }

    /** An InstrumentInput. */
    public static Map<String, Object> instrument(String treaty, String state, String type, String depositDate) {
        Map<String, Object> input = new HashMap<>();
        input.put("treaty", treaty);
        input.put("state", state);
        input.put("type", type);
        input.put("depositDate", depositDate);
        return input;
    }
}
