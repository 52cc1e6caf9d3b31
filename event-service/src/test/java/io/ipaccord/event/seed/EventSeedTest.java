package io.ipaccord.event.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.platform.seed.CsvTable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The 15 reference events, as a reader of the API sees them after the first start. */
@QuarkusTest
class EventSeedTest {

    @Test
    void holdsThe15EventsOfTheReferenceDataWithTheirSources() {
        List<Map<String, String>> rows = CsvTable.fromClasspath(CuratedEvents.EVENTS).rows();
        String ids = String.join(",", rows.stream().map(row -> row.get("event_id")).toList());
        JsonPath events = given().queryParam("ids", ids).get("/events/batch").then().statusCode(200).extract().jsonPath();

        assertThat(rows).hasSize(15);
        assertThat(events.getList("id", String.class)).isEqualTo(rows.stream().map(row -> row.get("event_id")).toList());
        assertThat(events.getList("title", String.class)).isEqualTo(rows.stream().map(row -> row.get("title")).toList());
        assertThat(events.getList("status", String.class)).containsOnly("HELD");
        assertThat(events.getList("sources", List.class)).allSatisfy(sources -> assertThat(sources).isNotEmpty());
        assertThat(events.getList("hostCountry", String.class)).containsOnly("CN", "CH", "SA");
    }

    @Test
    void theCountryNamesAndTypesOfTheRowsAreCodes() {
        JsonPath events = given().queryParam("ids", "EV-2024-GRATK-DC,EV-2024-DLT-DC,EV-2014-CN-BTAP-RATIF,EV-2024-A65,EV-2020-BTAP-EIF")
                .get("/events/batch").then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("hostCountry", String.class)).containsExactly("CH", "SA", "CN", "CH", "CN");
        assertThat(events.getList("type", String.class))
                .containsExactly("DIPLOMATIC_CONFERENCE", "DIPLOMATIC_CONFERENCE", "DEPOSIT_CEREMONY", "ASSEMBLY_SESSION", "TREATY_MILESTONE");
        assertThat(events.getList("relatedTreaties", List.class))
                .containsExactly(List.of("GRATK"), List.of("RDLT"), List.of("BEIJING"), List.of(), List.of("BEIJING"));
        assertThat(events.getList("[4].relatedStates", String.class)).containsExactly("ID");
    }

    @Test
    void the2024VisitHasItsForumAndConferenceAsChildren() {
        JsonPath visit = given().get("/events/EV-2024-DG-CN-VISIT").then().statusCode(200).extract().jsonPath();
        assertThat(visit.getString("type")).isEqualTo("OFFICIAL_VISIT");
        assertThat(visit.getList("childIds")).containsExactly("EV-2024-ICF", "EV-2024-BRI-IP-3");
        assertThat(visit.getString("city")).isEqualTo("Nanchang; Jingdezhen; Beijing");
        assertThat(visit.getString("verified")).isEqualTo("partial");
        assertThat(visit.getString("notes")).contains("Start date 9 Sep is inferred");
        assertThat(visit.getLong("version")).as("scheduled, then each child added").isEqualTo(2);

        JsonPath forum = given().get("/events/EV-2024-ICF").then().statusCode(200).extract().jsonPath();
        assertThat(forum.getString("parentId")).isEqualTo("EV-2024-DG-CN-VISIT");
        assertThat(forum.<String, Object>getMap("series")).containsEntry("code", "INTL_COPYRIGHT_FORUM")
                .containsEntry("name", "International Copyright Forum");
        assertThat(forum.getString("series.description")).contains("since 2008");
        assertThat(forum.getString("notes")).contains("opened the International Copyright Forum");
        given().get("/events/EV-2024-BRI-IP-3").then().statusCode(200)
                .body("parentId", org.hamcrest.Matchers.equalTo("EV-2024-DG-CN-VISIT"));
    }

    @Test
    void the2022RoundtableListsItsInvitedOrganisations() {
        JsonPath roundtable = given().get("/events/EV-2022-WOC-RT-ASSOC").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> invitees = roundtable.getList("participants.findAll { it.role == 'INVITEE' }");
        assertThat(invitees).hasSize(16).allSatisfy(invitee -> {
            assertThat(invitee.get("kind")).isEqualTo("ORGANISATION");
            assertThat((String) invitee.get("source")).startsWith("events.csv EV-2022-WOC-RT-ASSOC");
        });
        assertThat(invitees).extracting(i -> i.get("name")).contains("China Trademark Association",
                "Music Copyright Society of China", "Images Copyright Society of China", "China Daily", "Zhihu");
        assertThat(invitees).filteredOn(i -> "CMO".equals(i.get("organisationType"))).hasSize(5);
        assertThat(invitees).filteredOn(i -> "MEDIA".equals(i.get("organisationType"))).hasSize(5);
        assertThat(roundtable.getString("series.code")).isEqualTo("WOC_ROUNDTABLES_2022");

        assertThat(given().get("/events/EV-2022-WOC-RT-GOV").then().extract().jsonPath()
                .getList("participants.findAll { it.role == 'INVITEE' }.name", String.class))
                .hasSize(14).contains("Supreme People's Court", "China National Intellectual Property Administration (CNIPA)");
    }

    @Test
    void the2012DiplomaticConferenceKeepsEveryFigureWithItsSource() {
        JsonPath conference = given().get("/events/EV-2012-AVP-DC").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> figures = conference.getList("attendance");
        assertThat(figures).extracting(f -> f.get("measure") + "=" + f.get("value") + " per " + f.get("source"))
                .containsExactlyInAnyOrder(
                        "MEMBER_STATES=156 per WIPO figures", "IGOS=6 per WIPO figures", "NGOS=45 per WIPO figures",
                        "DELEGATES=721 per WIPO figures", "DELEGATIONS=202 per WIPO figures",
                        "MEMBER_STATES=154 per Beijing municipal account", "ORGANISATIONS=48 per Beijing municipal account");
        assertThat(conference.getList("sources")).hasSize(4);
        assertThat(conference.getList("relatedTreaties")).containsExactly("BEIJING");
        assertThat(conference.getString("startDate")).isEqualTo("2012-06-20");
        assertThat(conference.getString("endDate")).isEqualTo("2012-06-26");
        assertThat(conference.getList("participants.findAll { it.role == 'CHAIR' }.name")).containsExactly("Liu Binjie");
    }
}
