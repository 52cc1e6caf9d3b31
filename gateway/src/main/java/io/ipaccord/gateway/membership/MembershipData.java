package io.ipaccord.gateway.membership;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** treaty-service's answer for a state's standing in a treaty as of a date. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipData(
        String treaty,
        String act,
        String state,
        String status,
        LocalDate signed,
        Long instrumentId,
        String instrumentType,
        LocalDate deposited,
        LocalDate bound,
        LocalDate denouncedEffective) {
}
