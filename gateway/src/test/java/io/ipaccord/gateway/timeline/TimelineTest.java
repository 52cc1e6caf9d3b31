package io.ipaccord.gateway.timeline;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.memberstate.MemberStateCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Timelines from the three services' seeds. Other tests add events from 2031 on, so a seed timeline is asked up to
 * 2030.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class TimelineTest {

    @Inject MemberStateCache memberStateCache;

    static final String SEED_END = "2030-12-31";

    @Test
    void chinasPathFromWipoMembershipThroughBerneToTheBeijingTreatyAndThe2024Visit() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();
        Map<String, Long> eventCalls = ServiceMetrics.EVENT_SERVICE.requests();

        JsonPath timeline = execute("timeline", Map.of("state", "CN", "to", SEED_END))
                .body("errors", nullValue())
                .extract().jsonPath();

        List<Map<String, Object>> entries = timeline.getList("data.timeline");
        // the seed's path, in order, among the depositary's other tables (WIPO Convention, Nice, WCT...)
        assertThat(entries).extracting(e -> e.get("date"), e -> e.get("kind"), e -> e.get("title")).containsSubsequence(
                tuple("1980-06-03", "WIPO_MEMBERSHIP", "China becomes a member of WIPO"),
                tuple("1984-12-19", "INSTRUMENT", "Accession by China: Paris Convention, Stockholm Act (1967)"),
                tuple("1985-03-19", "PARTY_BOUND", "Paris Convention, Stockholm Act (1967) in force for China"),
                tuple("1989-07-04", "INSTRUMENT", "Accession by China: Madrid Agreement (Marks), Stockholm Act (1967)"),
                tuple("1989-10-04", "PARTY_BOUND", "Madrid Agreement (Marks), Stockholm Act (1967) in force for China"),
                tuple("1992-07-10", "INSTRUMENT", "Accession by China: Berne Convention, Paris Act (1971)"),
                tuple("1992-10-15", "PARTY_BOUND", "Berne Convention, Paris Act (1971) in force for China"),
                tuple("1993-10-01", "INSTRUMENT", "Accession by China: PCT"),
                tuple("1994-01-01", "PARTY_BOUND", "PCT in force for China"),
                tuple("1995-09-01", "INSTRUMENT", "Accession by China: Madrid Protocol"),
                tuple("1995-12-01", "PARTY_BOUND", "Madrid Protocol in force for China"),
                tuple("2012-06-20", "EVENT", "Diplomatic Conference on the Protection of Audiovisual Performances"),
                tuple("2012-06-26", "INSTRUMENT", "Signature by China: Beijing Treaty (BTAP)"),
                tuple("2014-07-09", "INSTRUMENT", "Ratification by China: Beijing Treaty (BTAP)"),
                tuple("2014-07-09", "EVENT", "Deposit of China's instrument of ratification of the Beijing Treaty"),
                tuple("2014-07-10", "EVENT", "Inauguration of the WIPO Office in China"),
                tuple("2018-08-28", "EVENT", "2018 High-Level Conference on IP for Countries along the Belt and Road"),
                tuple("2020-04-28", "PARTY_BOUND", "Beijing Treaty (BTAP) in force for China"),
                tuple("2020-04-28", "EVENT", "Entry into force of the Beijing Treaty (virtual celebration)"),
                tuple("2021-04-26", "EVENT", "Implement the Copyright Law, Protect Cultural Inheritance and Celebrate"
                        + " the First Anniversary of the Entry into Force of the Beijing Treaty"),
                tuple("2022-03-23", "EVENT", "WIPO Office in China Roundtable 2022 with government officials"),
                tuple("2022-03-24", "EVENT",
                        "WIPO Office in China Roundtable 2022 with IP-related associations and media"),
                tuple("2023-04-26", "EVENT", "Event marking the 50th anniversary of China's relationship with WIPO"
                        + " (during DG Tang's four-day official visit, ending 28 Apr 2023)"),
                tuple("2024-09-09", "EVENT", "2024 International Copyright Forum"),
                tuple("2024-09-09", "EVENT", "WIPO Director General Daren Tang official visit to China"),
                tuple("2024-09-11", "EVENT", "Third Belt and Road High-Level Conference on Intellectual Property"));

        // each entry carries what it is about
        assertThat(entries).extracting(e -> (String) e.get("date")).isSorted();
        String membership = "data.timeline.find { it.kind == 'WIPO_MEMBERSHIP' }";
        assertThat(timeline.getString(membership + ".__typename")).isEqualTo("MembershipEntry");
        assertThat(timeline.getString(membership + ".state.memberSince")).isEqualTo("1980-06-03");
        String ratification = "data.timeline.find { it.kind == 'INSTRUMENT' && it.date == '2014-07-09' }";
        assertThat(timeline.getString(ratification + ".__typename")).isEqualTo("InstrumentEntry");
        assertThat(timeline.getString(ratification + ".instrument.type")).isEqualTo("RATIFICATION");
        assertThat(timeline.getString(ratification + ".instrument.treaty")).isEqualTo("BEIJING");
        String berneBound = "data.timeline.find { it.kind == 'PARTY_BOUND' && it.date == '1992-10-15' }";
        assertThat(timeline.getString(berneBound + ".membership.treatyCode")).isEqualTo("BERNE");
        assertThat(timeline.getString(berneBound + ".membership.status")).isEqualTo("BOUND");
        String visit = "data.timeline.find { it.title.startsWith('WIPO Director General') }";
        assertThat(timeline.getString(visit + ".event.id")).isEqualTo("EV-2024-DG-CN-VISIT");

        // one call per endpoint: the state, its instruments, standings, events, then the treaties' names
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls)).isEqualTo(Map.of("/member-states/batch", 1L));
        assertThat(ServiceMetrics.TREATY_SERVICE.since(treatyCalls))
                .isEqualTo(Map.of("/instruments", 1L, "/memberships/batch", 1L, "/treaties/batch", 1L));
        assertThat(ServiceMetrics.EVENT_SERVICE.since(eventCalls)).isEqualTo(Map.of("/events", 1L));
    }

    @Test
    void aStatesPathInOneTreaty() {
        execute("timeline", Map.of("state", "cn", "treaty", "beijing", "to", SEED_END))
                .body("errors", nullValue())
                .body("data.timeline.date", contains("2012-06-20", "2012-06-26", "2014-07-09", "2014-07-09",
                        "2020-04-28", "2020-04-28", "2021-04-26"))
                .body("data.timeline.kind", contains("EVENT", "INSTRUMENT", "INSTRUMENT", "EVENT", "PARTY_BOUND",
                        "EVENT", "EVENT"));
    }

    @Test
    void aTreatysPathFromAdoptionToEntryIntoForceWithEveryInstrument() {
        JsonPath timeline = execute("timeline", Map.of("treaty", "BEIJING", "to", SEED_END))
                .body("errors", nullValue())
                .extract().jsonPath();
        List<Map<String, Object>> entries = timeline.getList("data.timeline");
        assertThat(entries).extracting(e -> e.get("date")).isSorted();
        assertThat(entries).extracting(e -> e.get("kind"), e -> e.get("title")).contains(
                tuple("EVENT", "Diplomatic Conference on the Protection of Audiovisual Performances"),
                tuple("TREATY_ADOPTED", "Beijing Treaty (BTAP) adopted at Beijing"),
                tuple("INSTRUMENT", "Signature by China: Beijing Treaty (BTAP)"),
                tuple("INSTRUMENT", "Ratification by Indonesia: Beijing Treaty (BTAP)"),
                tuple("TREATY_IN_FORCE", "Beijing Treaty (BTAP) enters into force"));
        assertThat(timeline.getString("data.timeline.find { it.kind == 'TREATY_ADOPTED' }.date")).isEqualTo("2012-06-24");
        assertThat(timeline.getString("data.timeline.find { it.kind == 'TREATY_IN_FORCE' }.date")).isEqualTo("2020-04-28");
        assertThat(timeline.getString("data.timeline.find { it.kind == 'TREATY_IN_FORCE' }.treaty.code"))
                .isEqualTo("BEIJING");
        // a treaty's timeline lists neither WIPO memberships nor each party's own date
        assertThat(entries).extracting(e -> e.get("kind")).doesNotContain("WIPO_MEMBERSHIP", "PARTY_BOUND");
        List<String> instrumentStates = timeline.getList(
                "data.timeline.findAll { it.kind == 'INSTRUMENT' }.instrument.state", String.class);
        assertThat(instrumentStates).contains("CN", "ID", "JP");
    }

    @Test
    void fromAndToBoundTheEntries() {
        execute("timeline", Map.of("state", "CN", "from", "1992-01-01", "to", "1992-12-31"))
                .body("errors", nullValue())
                .body("data.timeline.date", contains("1992-07-10", "1992-10-15"));
    }

    @Test
    void refusesATimelineOfNothingAndABackwardsRange() {
        refused(execute("timeline", Map.of()), "timeline", "VALIDATION", "state");
        Map<String, Object> backwards = new HashMap<>(Map.of("state", "CN", "from", "2020-01-01", "to", "2019-01-01"));
        execute("timeline", backwards)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields", contains("to"));
        execute("timeline", Map.of("state", "XQ"))
                .body("errors", nullValue())
                .body("data.timeline", equalTo(List.of()));
    }
}
