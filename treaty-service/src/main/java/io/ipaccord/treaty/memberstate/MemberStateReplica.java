package io.ipaccord.treaty.memberstate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jboss.logging.Logger;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.platform.inbox.Inbox;
import io.ipaccord.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The member states treaty-service knows, learnt only from member-service's events. Each event's effect and its
 * id (in the platform inbox) commit together, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class MemberStateReplica {

    static final String CONSUMER = "treaty-service/member-states";

    private static final Logger LOG = Logger.getLogger(MemberStateReplica.class);

    private final KnownMemberStateRepository repository;
    private final Inbox inbox;

    MemberStateReplica(KnownMemberStateRepository repository, Inbox inbox) {
        this.repository = repository;
        this.inbox = inbox;
    }

    /** @return whether the event had an effect (false: a redelivery) */
    @Transactional
    public boolean apply(String eventId, MemberStateEventType type, MemberStateData data) {
        if (eventId == null) {
            LOG.warnf("Member-state event for %s has no ce_id; applied without deduplication", data.code());
        } else if (!inbox.firstDelivery(CONSUMER, eventId)) {
            LOG.debugf("Member-state event %s already applied", eventId);
            return false;
        }
        KnownMemberState state = repository.findByIdOptional(data.code()).orElseGet(() -> {
            KnownMemberState created = new KnownMemberState();
            created.code = data.code();
            return created;
        });
        state.name = data.name();
        state.removed = type == MemberStateEventType.REMOVED;
        state.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        repository.persist(state);
        return true;
    }

    /** A tombstone follows a removal: the state is (still) removed. Idempotent by nature; it carries no ce_id. */
    @Transactional
    public void tombstone(String code) {
        repository.findByIdOptional(code).ifPresent(state -> {
            state.removed = true;
            state.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        });
    }

    /** Refuses, with a 422 naming {@code field}, a state that is not a current member state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireKnown(String code, String field) {
        KnownMemberState state = repository.findById(code);
        if (state == null) {
            throw ProblemException.unprocessable(field, code + " is not a known member state");
        }
        if (state.removed) {
            throw ProblemException.unprocessable(field, code + " (" + state.name + ") is no longer a member state");
        }
    }

    /** Whether member-service ever published this state (removed ones included: their history stays readable). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean everKnown(String code) {
        return repository.findByIdOptional(code).isPresent();
    }
}
