package io.ipaccord.gateway.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.treaty.Treaty;
import jakarta.inject.Inject;

/** The events fields of other types ({@code MemberState.events}, {@code Treaty.events}), batched per level. */
@GraphQLApi
public class RelatedEvents {

    @Inject EventLookup events;

    @Name("events")
    @Description("Events the state hosted or is related to, by start date. At most 100 (query cost).")
    public List<List<@NonNull Event>> stateEvents(@Source List<MemberState> memberStates) {
        return events.ofStates(memberStates.stream().map(MemberState::code).toList());
    }

    @Name("events")
    @Description("Events related to the treaty (its diplomatic conference, deposits, anniversaries...), by start"
            + " date. At most 100 (query cost).")
    public List<List<@NonNull Event>> treatyEvents(@Source List<Treaty> treatyList) {
        return events.ofTreaties(treatyList.stream().map(Treaty::code).toList());
    }
}
