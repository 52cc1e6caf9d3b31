package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.ipaccord.gateway.graphql.SortOrder;

/** The orders event-service offers; ties are broken by id so pages never overlap. */
@Enum("EventSort")
@Description("Order of an event listing; ties are broken by id.")
public enum EventSort {
    START_DATE,
    START_DATE_DESC,
    TITLE,
    TITLE_DESC;

    /** The value of event-service's {@code sort} query parameter. */
    String parameter() {
        return SortOrder.parameter(this);
    }
}
