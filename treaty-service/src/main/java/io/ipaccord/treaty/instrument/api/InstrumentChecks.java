package io.ipaccord.treaty.instrument.api;

import java.util.List;
import java.util.Objects;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.treaty.Treaty;

/** What an instrument write must satisfy beyond Bean Validation, each failure a problem naming its field. */
final class InstrumentChecks {

    private InstrumentChecks() {
    }

    static void requireDatesInOrder(InstrumentInput input) {
        if (input.notificationDate() != null && input.notificationDate().isBefore(input.depositDate())) {
            throw ProblemException.invalid("notificationDate", "must not be before depositDate (" + input.depositDate() + ")");
        }
        if (input.namedEffectiveDate() != null && input.namedEffectiveDate().isBefore(input.depositDate())
                && !input.type().isSuccession()) {
            // An instrument can only name a later date for itself; a succession names the (earlier) date of succession.
            throw ProblemException.invalid("namedEffectiveDate", "must not be before depositDate (" + input.depositDate() + ")");
        }
    }

    /**
     * No instrument of a treaty predates its adoption (a signature, ratification or accession of a text not yet adopted),
     * as the contracting-parties table import refuses such a row.
     */
    static void requireNotBeforeAdoption(Treaty treaty, InstrumentInput input) {
        if (treaty.adoptedDate != null && input.depositDate() != null && input.depositDate().isBefore(treaty.adoptedDate)) {
            throw ProblemException.invalid("depositDate", input.depositDate() + " is before the treaty's adoption on "
                    + treaty.adoptedDate);
        }
    }

    static void requireActOf(Treaty treaty, String act) {
        if (act != null && treaty.act(act).isEmpty()) {
            throw ProblemException.unprocessable("act", treaty.code + " has no Act " + act
                    + (treaty.acts.isEmpty() ? " (it has a single text)"
                            : " (its Acts: " + String.join(", ", treaty.acts.stream().map(a -> a.code).toList()) + ")"));
        }
    }

    /**
     * A state holds at most one binding instrument per treaty and Act until it denounces; it can denounce only
     * what binds it. {@code exceptId}: the instrument being corrected, null for a deposit.
     */
    static void requireConsistentStanding(List<Instrument> counting, InstrumentInput input, Long exceptId) {
        Instrument binding = null;
        for (Instrument i : counting) {
            if (i.id.equals(exceptId) || !i.stateCode.equals(input.state()) || !Objects.equals(i.actCode, input.act())) {
                continue;
            }
            if (i.type.binds() && binding == null) {
                binding = i;
            } else if (i.type == InstrumentType.DENUNCIATION) {
                binding = null;
            }
        }
        String where = input.treaty() + (input.act() == null ? "" : " (" + input.act() + ")");
        if (input.type().binds() && binding != null) {
            throw ProblemException.conflict("type", input.state() + " already has instrument " + binding.id + " ("
                    + binding.type + " of " + binding.depositDate + ") binding it to " + where
                    + "; correct or withdraw it instead");
        }
        if (input.type() == InstrumentType.DENUNCIATION && binding == null) {
            throw ProblemException.unprocessable("type", input.state() + " has no instrument binding it to " + where
                    + " to denounce");
        }
    }
}
