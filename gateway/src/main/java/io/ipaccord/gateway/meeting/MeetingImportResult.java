package io.ipaccord.gateway.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("MeetingImportResult")
@Description("What importing a meetings table pair did. The same pair twice adds and changes nothing the second time.")
public record MeetingImportResult(
        @Description("Meeting rows read.") int meetings,
        @Description("Participant rows read.") int participants,
        @Description("Meetings that became new events.") int added,
        @Description("Meetings whose facts or participants differed and were brought in line.") int updated,
        @Description("Meetings already as the files give them.") int unchanged) {

    static MeetingImportResult from(io.ipaccord.contracts.event.api.MeetingImportResult r) {
        return new MeetingImportResult(r.meetings(), r.participants(), r.added(), r.updated(), r.unchanged());
    }
}
