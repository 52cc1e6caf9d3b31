package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.List;

/** What a newly recorded instrument determines, for the service to publish as notifications. */
public sealed interface Determination {

    String treatyCode();

    /** The treaty (or Act) enters into force on {@code date} for {@code firstParties}. */
    record TreatyEntersIntoForce(String treatyCode, String act, LocalDate date, RecordedInstrument trigger,
                                 List<String> firstParties) implements Determination {
        public TreatyEntersIntoForce {
            firstParties = List.copyOf(firstParties);
        }
    }

    /** {@code state} is bound from {@code from}. */
    record PartyBound(String treatyCode, String act, String state, LocalDate from, RecordedInstrument instrument,
                      boolean initialParty) implements Determination {
    }

    /** {@code state}'s denunciation takes effect on {@code from}. */
    record DenunciationTakesEffect(String treatyCode, String act, String state, LocalDate from,
                                   RecordedInstrument denunciation) implements Determination {
    }
}
