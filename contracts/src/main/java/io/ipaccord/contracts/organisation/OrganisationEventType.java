package io.ipaccord.contracts.organisation;

import java.util.Optional;

import io.ipaccord.contracts.ChangeType;

/** CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#ORGANISATIONS}. */
public enum OrganisationEventType implements ChangeType {
    REGISTERED("io.ipaccord.organisation.registered.v1"),
    UPDATED("io.ipaccord.organisation.updated.v1");

    private final String ceType;

    OrganisationEventType(String ceType) {
        this.ceType = ceType;
    }

    @Override
    public String ceType() {
        return ceType;
    }

    @Override
    public Class<OrganisationData> dataType() {
        return OrganisationData.class;
    }

    public static Optional<OrganisationEventType> fromCeType(String ceType) {
        return ChangeType.fromCeType(OrganisationEventType.class, ceType);
    }
}
