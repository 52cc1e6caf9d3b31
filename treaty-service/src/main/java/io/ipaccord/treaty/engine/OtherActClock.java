package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The later-party clock of another Act of a treaty than the one a rule computes with, for tables that cover the Union
 * as a whole and do not say which Act a party joined under: used only to tell why a recorded date differs
 * ({@code DateDiscrepancy.OTHER_ACT}), never to compute.
 *
 * @param delay   the Act's later-party delay
 * @param inForce the Act's own entry into force, {@code null} if it predates the records: nobody is bound under it earlier
 * @param until   the last day an instrument could be deposited under it (e.g. the day the Stockholm Act's
 *                administrative provisions entered into force), {@code null} if still open
 */
public record OtherActClock(Delay delay, LocalDate inForce, LocalDate until) {

    private static final Pattern TEXT = Pattern.compile(
            "(.+?\\s+from\\s+\\w+)(?:\\s+in force\\s+(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+until\\s+(\\d{4}-\\d{2}-\\d{2}))?",
            Pattern.CASE_INSENSITIVE);

    public OtherActClock {
        Objects.requireNonNull(delay, "delay");
    }

    /** Parses {@code 1M from NOTIFICATION until 1970-04-26}, {@code 3M from DEPOSIT in force 2003-12-23}. */
    public static OtherActClock parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Act's clock (expected e.g. '1M from NOTIFICATION until 1970-04-26'): " + text);
        }
        return new OtherActClock(Delay.parse(m.group(1)), m.group(2) == null ? null : LocalDate.parse(m.group(2)),
                m.group(3) == null ? null : LocalDate.parse(m.group(3)));
    }

    /** Parses {@code ;}-separated clocks; blank gives none (the seed's {@code other_act_clocks} column). */
    public static List<OtherActClock> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::trim).map(OtherActClock::parse).toList();
    }

    /** Whether an instrument deposited on {@code deposited} could have been under this Act. */
    public boolean open(LocalDate deposited) {
        return until == null || !deposited.isAfter(until);
    }

    /** The date this Act's clock gives for a clock started on {@code start}. */
    public LocalDate after(LocalDate start) {
        LocalDate end = delay.after(start);
        return inForce != null && inForce.isAfter(end) ? inForce : end;
    }

    public String notation() {
        return delay.notation() + (inForce == null ? "" : " in force " + inForce) + (until == null ? "" : " until " + until);
    }
}
