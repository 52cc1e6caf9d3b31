package io.ipaccord.platform.audit;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.ipaccord.contracts.CloudEvents;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who makes the change being written: the subject of the caller's token for a write through the API (its roles were
 * checked before), else whoever the running code declared with {@link #as} (the seed: {@value CloudEvents#ACTOR_SEED}),
 * else {@value CloudEvents#ACTOR_SYSTEM}. The outbox records it with every event ({@link ChangeHistory}).
 */
@ApplicationScoped
public class Actors {

    private static final ThreadLocal<String> DECLARED = new ThreadLocal<>();

    @Inject CurrentIdentityAssociation identities;

    /** Runs {@code work} as {@code actor} (on this thread), e.g. a seed import as {@value CloudEvents#ACTOR_SEED}. */
    public static int as(String actor, IntSupplier work) {
        String outer = DECLARED.get();
        DECLARED.set(actor);
        try {
            return work.getAsInt();
        } finally {
            if (outer == null) {
                DECLARED.remove();
            } else {
                DECLARED.set(outer);
            }
        }
    }

    /** The actor of the change being written now. */
    public String current() {
        if (Arc.container().requestContext().isActive()) {
            SecurityIdentity identity = identities.getIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                        ? token.getSubject() : identity.getPrincipal().getName();
            }
        }
        String declared = DECLARED.get();
        return declared != null ? declared : CloudEvents.ACTOR_SYSTEM;
    }
}
