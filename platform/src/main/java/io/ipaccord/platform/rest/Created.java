package io.ipaccord.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created a resource: 201, its Location (the collection posted to, then its id), its body. */
public final class Created {

    private Created() {
    }

    /** {@code Location} is the request's path plus {@code id}: POST /events/EV-1/attendance answers .../attendance/7. */
    public static Response at(UriInfo uri, Object id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }
}
