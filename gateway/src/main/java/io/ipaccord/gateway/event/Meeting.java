package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.MeetingListStatus;

@Type("Meeting")
@Description("What makes an event a WIPO meeting, as its report gives it: the counts printed are kept beside the names"
        + " listed, and listStatus says whether the list is complete, cut or in conflict with its printed count.")
public record Meeting(
        @Id @NonNull @Description("E.g. MTG-SCCR-19.") String meetingId,
        @NonNull @Description("The body's document-code prefix: SCCR, MM/LD/WG, A (Assemblies), DIPCONF.") String body,
        @Description("The session number as printed; null for a one-off meeting.") String session,
        @NonNull @Description("The table's type: committee_session, assemblies, working_group, diplomatic_conference, other.")
        String meetingType,
        @Description("The report's document code, e.g. SCCR/19/15.") String documentCode,
        @Description("hybrid, in_person or virtual where a source says so.") String format,
        @Description("The count printed after the list of members, as printed.") Integer memberStatesReported,
        Integer igosReported,
        Integer ngosReported,
        @Description("State delegations listed as members.") int memberStatesListed,
        @Description("State delegations listed as observers.") int observerStatesListed,
        @Description("Organisations listed in a member capacity (the EU, OAPI...).") int memberOrganisationsListed,
        int igosListed,
        int ngosListed,
        @NonNull MeetingListStatus listStatus,
        @Description("The URL the meeting was read from.") String source,
        String notes) {

    static Meeting from(EventData.Meeting m) {
        return m == null ? null : new Meeting(m.meetingId(), m.body(), m.session(), m.meetingType(), m.documentCode(),
                m.format(), m.memberStatesReported(), m.igosReported(), m.ngosReported(), m.memberStatesListed(),
                m.observerStatesListed(), m.memberOrganisationsListed(), m.igosListed(), m.ngosListed(),
                MeetingListStatus.valueOf(m.listStatus()), m.source(), m.notes());
    }
}
