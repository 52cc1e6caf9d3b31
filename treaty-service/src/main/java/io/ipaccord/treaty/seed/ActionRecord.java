package io.ipaccord.treaty.seed;

import java.time.LocalDate;

import io.ipaccord.treaty.engine.RecordedInstrument;

/**
 * A row of {@code seed/treaty_actions.csv} with the instrument the engine reads from it.
 *
 * @param record            the row's number in the file, from 1 after the header
 * @param notificationBasis how {@code instrument.notified()} was obtained ("stated", "same day", the
 *                          supplement's basis), {@code null} when no notification date is known
 */
public record ActionRecord(
        int record,
        String partyName,
        String treatyCode,
        String act,
        String actionTypeText,
        String anchorText,
        LocalDate eifDateForParty,
        String notes,
        String notificationRef,
        String sourceUrl,
        String verified,
        RecordedInstrument instrument,
        String notificationBasis) {

    public String state() {
        return instrument.state();
    }

    public String label() {
        return partyName + " " + treatyCode + (act == null ? "" : " (" + act + ")") + " " + actionTypeText
                + " " + instrument.deposited();
    }
}
