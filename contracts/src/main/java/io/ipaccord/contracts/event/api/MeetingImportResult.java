package io.ipaccord.contracts.event.api;

/**
 * What importing a meetings table pair did. Importing the same pair twice adds and changes nothing the second time.
 *
 * @param meetings     meeting rows read
 * @param participants participant rows read
 * @param added        meetings that became new events
 * @param updated      meetings (or the events they are) whose facts or participants differed and were brought in line
 * @param unchanged    meetings already as the files give them
 */
public record MeetingImportResult(int meetings, int participants, int added, int updated, int unchanged) {
}
