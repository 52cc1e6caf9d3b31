package io.ipaccord.treaty.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelayTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2020-01-28, 3M from DEPOSIT, 2020-04-28",      // Beijing: Indonesia's instrument, the 30th
            "1975-01-24, 3M from NOTIFICATION, 1975-04-24", // Berne: Japan, from the DG's notification
            "1982-08-25, 1M from DEPOSIT, 1982-09-25",      // Nairobi: one month
            "1931-04-22, 12M from DEPOSIT, 1932-04-22",     // Madrid: Cuba's denunciation
            "1993-10-01, 3M from DEPOSIT, 1994-01-01",      // across a year end
            "2020-08-31, 3M from DEPOSIT, 2020-11-30",      // month end: last day of the shorter month
            "2019-11-30, 3M from DEPOSIT, 2020-02-29",      // into a leap February
            "2018-11-30, 3M from DEPOSIT, 2019-02-28",
            "2020-01-31, 1M from DEPOSIT, 2020-02-29",
            "2020-02-29, 1Y from DEPOSIT, 2021-02-28",
            "2020-01-01, 30D from DEPOSIT, 2020-01-31",
    })
    void addsCalendarPeriods(LocalDate start, String delay, LocalDate expected) {
        assertThat(Delay.parse(delay).after(start)).isEqualTo(expected);
    }

    @Test
    void monthEndNeverSpillsIntoTheNextMonth() {
        LocalDate start = LocalDate.parse("2021-05-31");
        assertThat(Delay.months(1, Anchor.DEPOSIT).after(start)).isEqualTo("2021-06-30");
        assertThat(Delay.months(3, Anchor.DEPOSIT).after(start)).isEqualTo("2021-08-31");
    }

    @Test
    void parsesAndPrintsTheSeedNotation() {
        Delay d = Delay.parse("3M from NOTIFICATION");
        assertThat(d).isEqualTo(Delay.months(3, Anchor.NOTIFICATION));
        assertThat(d.notation()).isEqualTo("3M from NOTIFICATION");
        assertThat(d).hasToString("3 months from notification");
        assertThat(Delay.parse("1m from deposit")).hasToString("1 month from deposit");
        assertThatThrownBy(() -> Delay.parse("three months")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Delay.months(-1, Anchor.DEPOSIT)).isInstanceOf(IllegalArgumentException.class);
    }
}
