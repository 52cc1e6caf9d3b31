package io.ipaccord.gateway.history;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.audit.Change;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.event.Event;
import io.ipaccord.gateway.event.EventServiceClient;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import io.ipaccord.gateway.organisation.Organisation;
import io.ipaccord.gateway.organisation.OrganisationClient;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.inject.Inject;

/**
 * The {@code history} of member states, organisations, treaties and events: who changed them and when, oldest first,
 * from the owning service ({@code GET .../history}), one backend call per object asked for.
 */
@GraphQLApi
public class HistoryFields {

    @Inject Backend<MemberStateClient> memberService;
    @Inject Backend<OrganisationClient> organisationService;
    @Inject Backend<TreatyServiceClient> treatyService;
    @Inject Backend<EventServiceClient> eventService;
    @Inject ObjectMapper json;

    @Description("Every change of the state, oldest first: member-service GET /member-states/{code}/history.")
    @Name("history")
    public List<@NonNull HistoryEntry> memberStateHistory(@Source MemberState state) {
        return entries(() -> memberService.read("history", client -> client.history(state.code())));
    }

    @Description("Every change of the organisation, oldest first: member-service GET /organisations/{code}/history.")
    @Name("history")
    public List<@NonNull HistoryEntry> organisationHistory(@Source Organisation organisation) {
        return entries(() -> organisationService.read("history", client -> client.history(organisation.code())));
    }

    @Description("Every change of the treaty and its instruments (deposits, corrections, withdrawals, the"
            + " determinations they caused), oldest first: treaty-service GET /treaties/{code}/history.")
    @Name("history")
    public List<@NonNull HistoryEntry> treatyHistory(@Source Treaty treaty) {
        return entries(() -> treatyService.read("history", client -> client.history(treaty.code())));
    }

    @Description("Every change of the event, oldest first: event-service GET /events/{id}/history.")
    @Name("history")
    public List<@NonNull HistoryEntry> eventHistory(@Source Event event) {
        return entries(() -> eventService.read("history", client -> client.history(event.id())));
    }

    private List<HistoryEntry> entries(Supplier<List<Change>> call) {
        try {
            return call.get().stream().map(change -> HistoryEntry.from(change, json)).toList();
        } catch (NotFoundException none) {
            return List.of();
        }
    }
}
