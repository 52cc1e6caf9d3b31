package io.ipaccord.treaty.party;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.Reference;
import io.ipaccord.platform.replica.ReferenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The contracting parties treaty-service knows, from member-service's topics into platform's replica: a party is a
 * member state ({@link ReferenceKind#MEMBER_STATE}) or an intergovernmental organisation
 * ({@link ReferenceKind#ORGANISATION}), both two capital letters.
 */
@ApplicationScoped
public class KnownParties {

    @Inject KnownReferences references;

    /**
     * Refuses (422 naming {@code field}) a code that is neither a current member state nor a known organisation:
     * "XX is not a known member state or organisation", or the replica's word for a removed state.
     */
    @Transactional(TxType.MANDATORY)
    public void requireKnown(String code, String field) {
        String refusal = refusal(code);
        if (refusal != null) {
            throw ProblemException.unprocessable(field, refusal);
        }
    }

    /** Why {@code code} cannot be a party, {@code null} when it can. */
    @Transactional(TxType.MANDATORY)
    public String refusal(String code) {
        List<FieldError> asState = references.refusals(List.of(new Reference("state", ReferenceKind.MEMBER_STATE, code)));
        if (asState.isEmpty()) {
            return null;
        }
        if (references.everKnown(ReferenceKind.MEMBER_STATE, code)) {
            return asState.get(0).message();
        }
        if (references.refusals(List.of(new Reference("state", ReferenceKind.ORGANISATION, code))).isEmpty()) {
            return null;
        }
        return notKnown(code);
    }

    /** The current member-state codes of the replica. */
    @Transactional(TxType.MANDATORY)
    public Set<String> memberStates() {
        return references.current(ReferenceKind.MEMBER_STATE).keySet();
    }

    /** The organisations' codes, which the engine needs to tell a member following its organisation. */
    @Transactional(TxType.MANDATORY)
    public Set<String> organisationCodes() {
        return references.current(ReferenceKind.ORGANISATION).keySet();
    }

    /**
     * The organisations by the name the replica gives them, which is how the depositary's tables print them
     * ({@code European Union (EU)}).
     */
    @Transactional(TxType.MANDATORY)
    public Map<String, String> organisationsByName() {
        Map<String, String> byName = new HashMap<>();
        references.current(ReferenceKind.ORGANISATION).forEach((code, name) -> byName.put(name, code));
        return byName;
    }

    public static String notKnown(String code) {
        return code + " is not a known member state or organisation";
    }
}
