package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Three months after the deposit", "one month after", "one year after the notification".
 *
 * <p>Months and years use the same day of the month in the target month; when that month is
 * shorter, the last day of that month (2019-11-30 + 3 months = 2020-02-29, 2020-08-31 + 3 months
 * = 2020-11-30), which is what {@link LocalDate#plusMonths} does. The result is never pushed into
 * the following month, so "N months after" never exceeds N calendar months. That is the depositary's practice as its
 * tables show it: of the 19 later parties of treaties with a deposit clock whose target month lacks the deposit's day,
 * 15 are recorded on that month's last day (Malaysia's Marrakesh accession of 2022-03-31 in force 2022-06-30) and 4 on
 * the first day of the next month (Switzerland's WCT and WPPT ratifications of 2008-03-31, in force 2008-07-01), which
 * the consistency report calls {@code MONTH_END} (SeedTablesConsistencyTest pins both counts).
 */
public record Delay(int amount, Unit unit, Anchor anchor) {

    public enum Unit { DAYS, MONTHS, YEARS }

    private static final Pattern TEXT =
            Pattern.compile("(\\d+)\\s*([DMY])\\s+from\\s+(DEPOSIT|NOTIFICATION)", Pattern.CASE_INSENSITIVE);

    public Delay {
        if (amount < 0) {
            throw new IllegalArgumentException("negative delay: " + amount);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(anchor, "anchor");
    }

    public static Delay months(int amount, Anchor anchor) {
        return new Delay(amount, Unit.MONTHS, anchor);
    }

    public static Delay days(int amount, Anchor anchor) {
        return new Delay(amount, Unit.DAYS, anchor);
    }

    public static Delay years(int amount, Anchor anchor) {
        return new Delay(amount, Unit.YEARS, anchor);
    }

    /** Parses the seed notation: {@code 3M from DEPOSIT}, {@code 30D from NOTIFICATION}, {@code 1Y from DEPOSIT}. */
    public static Delay parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a delay (expected e.g. '3M from DEPOSIT'): " + text);
        }
        Unit unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "D" -> Unit.DAYS;
            case "M" -> Unit.MONTHS;
            default -> Unit.YEARS;
        };
        return new Delay(Integer.parseInt(m.group(1)), unit, Anchor.valueOf(m.group(3).toUpperCase(Locale.ROOT)));
    }

    /**
     * Whether {@link #after} had to fall back to the last day of a month shorter than {@code start}'s day
     * (2008-03-31 + 3 months = 2008-06-30).
     */
    public boolean endsShort(LocalDate start) {
        return unit != Unit.DAYS && after(start).getDayOfMonth() < start.getDayOfMonth();
    }

    public LocalDate after(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
        };
    }

    /** The start date this delay needs to end on {@code end} (approximate at month ends; used only to tell when a recorded date became known). */
    public LocalDate before(LocalDate end) {
        return switch (unit) {
            case DAYS -> end.minusDays(amount);
            case MONTHS -> end.minusMonths(amount);
            case YEARS -> end.minusYears(amount);
        };
    }

    /** The seed notation, inverse of {@link #parse}. */
    public String notation() {
        return amount + unit.name().substring(0, 1) + " from " + anchor.name();
    }

    @Override
    public String toString() {
        String u = unit.name().toLowerCase(Locale.ROOT);
        return amount + " " + (amount == 1 ? u.substring(0, u.length() - 1) : u) + " from " + anchor.name().toLowerCase(Locale.ROOT);
    }
}
