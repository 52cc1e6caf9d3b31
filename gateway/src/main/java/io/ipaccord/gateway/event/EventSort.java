package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The orders event-service offers; ties are broken by id so pages never overlap. */
@Enum("EventSort")
@Description("Order of an event listing; ties are broken by id.")
public enum EventSort {
    START_DATE("startDate"),
    START_DATE_DESC("-startDate"),
    TITLE("title"),
    TITLE_DESC("-title");

    private final String parameter;

    EventSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of event-service's {@code sort} query parameter. */
    String parameter() {
        return parameter;
    }
}
