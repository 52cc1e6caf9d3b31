package io.ipaccord.treaty.engine;

import static io.ipaccord.treaty.engine.EngineFixtures.d;
import static io.ipaccord.contracts.treaty.InstrumentType.ACCESSION;
import static io.ipaccord.contracts.treaty.InstrumentType.RATIFICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.SIGNATURE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Beijing Treaty's first 30 qualifying instruments. Real (treaty_actions.csv): Botswana, Japan, China,
 * Moldova (the 9th), Nigeria, Indonesia (the 30th) and the signatures of China and Indonesia. The other 24
 * parties are SYNTHETIC (codes {@code SYN-01}...{@code SYN-24}, made-up dates) only to complete the count.
 */
final class BeijingFixture {

    static final LocalDate INDONESIA_DEPOSIT = LocalDate.parse("2020-01-28");
    static final LocalDate ENTRY_INTO_FORCE = LocalDate.parse("2020-04-28");

    static final EntryIntoForceRule RULE = EntryIntoForceRule.simple("BEIJING", 30, Delay.months(3, Anchor.DEPOSIT));

    static final RecordedInstrument INDONESIA = RecordedInstrument.of("ID", RATIFICATION, INDONESIA_DEPOSIT);

    private BeijingFixture() {
    }

    static RecordedInstrument synthetic(int n, String deposited) {
        return RecordedInstrument.of(String.format("SYN-%02d", n), RATIFICATION, d(deposited));
    }

    /** The 29 qualifying instruments before Indonesia's, plus two signatures. */
    static List<RecordedInstrument> first29() {
        List<RecordedInstrument> list = new ArrayList<>();
        list.add(RecordedInstrument.of("CN", SIGNATURE, d("2012-06-26")));
        list.add(RecordedInstrument.of("ID", SIGNATURE, d("2012-12-18")));
        list.add(RecordedInstrument.of("BW", RATIFICATION, d("2013-11-20")));
        list.add(RecordedInstrument.of("JP", ACCESSION, d("2014-06-10")));
        list.add(RecordedInstrument.of("CN", RATIFICATION, d("2014-07-09")).withReference("Beijing Notification No. 5"));
        for (int n = 1; n <= 5; n++) {
            list.add(synthetic(n, "2015-0" + n + "-15"));
        }
        list.add(RecordedInstrument.of("MD", RATIFICATION, d("2015-09-04")).withReference("Beijing Notification No. 9"));
        list.add(RecordedInstrument.of("NG", RATIFICATION, d("2017-10-04"))); // "ratification or accession (type not stated)"
        for (int n = 6; n <= 24; n++) {
            list.add(synthetic(n, LocalDate.parse("2018-01-10").plusMonths(n - 6).toString()));
        }
        return list;
    }

    static List<RecordedInstrument> first30() {
        List<RecordedInstrument> list = first29();
        list.add(INDONESIA);
        return list;
    }
}
