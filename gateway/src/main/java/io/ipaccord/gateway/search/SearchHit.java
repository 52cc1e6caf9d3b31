package io.ipaccord.gateway.search;

import java.util.Comparator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** One result of {@code search}; getters because SmallRye takes an interface's fields from its getters only. */
@Interface("SearchHit")
@Description("A member state, organisation, treaty or event matching a search; select its fields with `... on"
        + " TreatyHit { treaty { ... } }` etc.")
public interface SearchHit {

    /** Best first; on equal rank direct matches before states found through their events, then by kind and title. */
    Comparator<SearchHit> ORDER = Comparator.comparingDouble(SearchHit::getRank).reversed()
            .thenComparing(hit -> hit.getMatchedVia() != null)
            .thenComparing(SearchHit::getKind)
            .thenComparing(SearchHit::getTitle);

    @NonNull
    SearchKind getKind();

    @Description("How well it matches, from 0 (exclusive) to 1: the owning service's full-text rank divided by the"
            + " rank of that service's best match, so each service's best match has 1 (member states and organisations"
            + " are both member-service's: one scale, one best). A state found through the events it hosts has half the"
            + " rank of the best of those events.")
    double getRank();

    @NonNull
    @Description("The state's or organisation's name, the treaty's short name or the event's title.")
    String getTitle();

    @Description("Null when the thing itself matches; else why it is listed, e.g. `hosts EV-2012-AVP-DC`: a state"
            + " whose name does not match but that hosted matching events.")
    String getMatchedVia();
}
