package io.ipaccord.contracts.treaty.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;

/**
 * A state's standing in a treaty as of a date, computed by treaty-service's engine from the instruments on record:
 * the items of {@code GET /treaties/{code}/parties}, {@code GET /states/{state}/treaties} and the membership batches.
 *
 * @param act                the Act it concerns: the Act's own rule, or the Act its instrument was deposited under
 * @param signed             first signature date
 * @param instrumentId       the instrument that makes it a contracting party
 * @param instrumentType     that instrument's type
 * @param bound              bound since (BOUND, DENOUNCED) or from (CONTRACTING_NOT_YET_BOUND, when determined)
 * @param denouncedEffective a denunciation's effect date, pending (BOUND) or reached (DENOUNCED)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Membership(
        String treaty,
        String act,
        String state,
        PartyStanding status,
        LocalDate signed,
        Long instrumentId,
        InstrumentType instrumentType,
        LocalDate deposited,
        LocalDate bound,
        LocalDate denouncedEffective) {
}
