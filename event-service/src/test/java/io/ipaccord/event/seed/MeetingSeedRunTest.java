package io.ipaccord.event.seed;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.event.ReferenceTopics;
import io.ipaccord.event.meetings.MeetingImport;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The meetings seed runs once per content of its two files: a second start with the same files imports nothing. */
@QuarkusTest
class MeetingSeedRunTest {

    @Inject SeedRuns seedRuns;
    @Inject MeetingImport meetings;
    @Inject DataSource dataSource;

    @Test
    void theSameFilesAreNotImportedTwice() {
        Long runs = ReferenceTopics.query(dataSource, "SELECT count(*) FROM seed_run WHERE name LIKE 'meetings:%'");
        Integer rows = ReferenceTopics.query(dataSource, "SELECT rows FROM seed_run WHERE name LIKE 'meetings:%'");
        String name = ReferenceTopics.query(dataSource, "SELECT name FROM seed_run WHERE name LIKE 'meetings:%'");
        assertThat(runs).isEqualTo(1);
        assertThat(rows).isEqualTo(99);
        assertThat(name).matches("meetings:[0-9a-f]{64}");
        Long outbox = ReferenceTopics.<Long>query(dataSource, "SELECT coalesce(max(id), 0) FROM outbox_message");

        assertThat(EventSeed.importMeetings(seedRuns, meetings)).as("ran again").isFalse();

        assertThat(ReferenceTopics.<Long>query(dataSource, "SELECT coalesce(max(id), 0) FROM outbox_message")).isEqualTo(outbox);
        assertThat(ReferenceTopics.<Long>query(dataSource, "SELECT count(*) FROM seed_run WHERE name LIKE 'meetings:%'"))
                .isEqualTo(1);
    }
}
