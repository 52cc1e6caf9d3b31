package io.ipaccord.gateway.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.gateway.memberstate.Verification;

/** Also the JSON body of event-service's PUT /events/{id}: the full new facts, participants and figures aside. */
@Input("UpdateEventInput")
@Description("The new facts of an event; replaces them all (participants and attendance figures are kept).")
public class UpdateEventInput extends EventFacts {

    @Id
    public String hostCountry;
    @Description("Omit to keep the current status.")
    public EventStatus status;
    public EventSeriesInput series;
    @Id
    @Description("Neither the event itself nor one of its descendants.")
    public String parentId;
    public List<String> relatedTreaties;
    public List<String> relatedStates;
    public List<String> sources;
    public Verification verified;
}
