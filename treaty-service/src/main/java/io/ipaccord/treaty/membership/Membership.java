package io.ipaccord.treaty.membership;

import java.time.LocalDate;

/**
 * A state's standing in a treaty as of a date, computed by the engine from the instruments on record.
 *
 * @param act                the Act it concerns: the Act's own rule, or the Act its instrument was deposited under
 * @param status             SIGNATORY, CONTRACTING_NOT_YET_BOUND, BOUND or DENOUNCED
 * @param signed             first signature date
 * @param instrumentId       the instrument that makes it a contracting party
 * @param bound              bound since (BOUND, DENOUNCED) or from (CONTRACTING_NOT_YET_BOUND, when determined)
 * @param denouncedEffective a denunciation's effect date, pending (BOUND) or reached (DENOUNCED)
 */
public record Membership(
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

    static final String BOUND = "BOUND";
}
