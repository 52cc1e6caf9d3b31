package io.ipaccord.gateway.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.graphql.BatchLookup;
import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import io.ipaccord.gateway.memberstate.MemberStateLookup;
import io.ipaccord.gateway.party.Party;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Contracting parties by code, member states and organisations alike (member-service owns both). In bulk: the
 * member states of all codes first ({@code /member-states/batch}), then the organisations among the codes that are no
 * state ({@code /organisations?codes=}), only when there are such codes. A level of states alone thus costs one call,
 * a level with the EU among them two.
 */
@ApplicationScoped
public class PartyLookup {

    @Inject MemberStateLookup states;
    @Inject Backend<OrganisationClient> memberService;

    /** The party of each code, position for position; null where the code is null or names no party. */
    public List<Party> byCodes(List<String> codes) {
        List<String> normalized = codes.stream().map(Codes::normalize).toList();
        List<MemberState> asStates = states.byCodes(normalized);
        List<String> rest = new ArrayList<>(normalized.size());
        for (int i = 0; i < normalized.size(); i++) {
            rest.add(asStates.get(i) == null ? normalized.get(i) : null);
        }
        List<Organisation> asOrganisations = rest.stream().anyMatch(Objects::nonNull)
                ? organisationsByCodes(rest) : Collections.nCopies(rest.size(), null);
        List<Party> parties = new ArrayList<>(normalized.size());
        for (int i = 0; i < normalized.size(); i++) {
            parties.add(asStates.get(i) != null ? asStates.get(i) : asOrganisations.get(i));
        }
        return parties;
    }

    /** The party with this code, null when there is none. */
    public Party byCode(String code) {
        return byCodes(Collections.singletonList(code)).get(0);
    }

    /** The organisation of each code, position for position; null where the code is null or unknown. */
    public List<Organisation> organisationsByCodes(List<String> codes) {
        return align(codes, chunk -> memberService.read("organisationsBatch",
                client -> client.batch(Backend.batch(chunk, MemberStateClient.MAX_PAGE))));
    }

    /** Every organisation, by code. */
    public List<Organisation> organisations() {
        return memberService.read("organisations", OrganisationClient::list).stream()
                .filter(Objects::nonNull).map(Organisation::from).toList();
    }

    /** Full-text matches over names, short names and codes, best first. */
    public List<OrganisationMatch> searchOrganisations(String text, int limit) {
        return memberService.read("organisationsSearch", client -> client.search(text, limit));
    }

    /** The organisation with this code, null when there is none. */
    public Organisation organisation(String code) {
        String wanted = Codes.normalize(code);
        if (wanted == null) {
            return null;
        }
        try {
            return Organisation.from(memberService.read("organisation", client -> client.get(wanted)));
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    static List<Organisation> align(List<String> codes, Function<List<String>, List<OrganisationData>> fetch) {
        return BatchLookup.align(codes.stream().map(Codes::normalize).toList(), MemberStateClient.MAX_PAGE, chunk -> {
            Map<String, Organisation> found = new HashMap<>();
            fetch.apply(List.copyOf(chunk)).stream().filter(Objects::nonNull)
                    .forEach(data -> found.put(data.code(), Organisation.from(data)));
            return found;
        });
    }
}
