package io.ipaccord.gateway.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.gateway.memberstate.Verification;

/** Also the JSON body of event-service's POST /events: same names, same meaning. */
@Input("ScheduleEventInput")
@Description("A new event, possibly with its first participants and attendance figures.")
public class ScheduleEventInput extends EventFacts {

    @Id
    @Description("EV- then letters, digits and '-'; generated (EV- and a UUID) when omitted.")
    public String id;
    @Id
    @Description("A known member state's ISO 3166-1 alpha-2 code.")
    public String hostCountry;
    @Description("PLANNED (default) or HELD; cancel with cancelEvent.")
    public EventStatus status;
    @Description("An existing series by code, or a new one with its name.")
    public EventSeriesInput series;
    @Id
    @Description("The event this one is part of.")
    public String parentId;
    @Description("Known treaty codes.")
    public List<String> relatedTreaties;
    @Description("Known member-state codes, besides the host.")
    public List<String> relatedStates;
    @Description("Where the facts come from.")
    public List<String> sources;
    @Description("Defaults to NO.")
    public Verification verified;
    public List<ParticipantInput> participants;
    public List<AttendanceInput> attendance;
}
