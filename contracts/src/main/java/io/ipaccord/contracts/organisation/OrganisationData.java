package io.ipaccord.contracts.organisation;

import java.time.Instant;
import java.util.List;

/**
 * The full state of an intergovernmental organisation that can be a contracting party of WIPO treaties (the EU,
 * OAPI, BOIP, EAPO, EPO), as carried by every event on {@link io.ipaccord.contracts.Topics#ORGANISATIONS}
 * (event-carried state transfer). Schema: {@code META-INF/ipaccord/schemas/organisation.v1.json}.
 *
 * @param code      WIPO Standard ST.3 code (e.g. EU, OA), the aggregate id and the record key; never an ISO 3166-1
 *                  alpha-2 code of a state
 * @param name      full name, e.g. African Intellectual Property Organization
 * @param shortName acronym, e.g. OAPI
 * @param sources   where the facts come from
 * @param verified  yes, no or partial
 * @param version   increases by one with every change
 * @param updatedAt when this version was written
 */
public record OrganisationData(
        String code,
        String name,
        String shortName,
        List<String> sources,
        String verified,
        long version,
        Instant updatedAt) {

    /** How the depositary's tables name it, and the name replicas keep: {@code European Union (EU)}. */
    public String tableName() {
        return name + " (" + shortName + ")";
    }
}
