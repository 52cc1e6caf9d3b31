package io.ipaccord.member.party;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A contracting party's code names a member state or an organisation, never both. Registering either claims the
 * code: the claim waits for any other registration of the same code to commit (an advisory lock for the rest of the
 * transaction), then answers which kind of party already holds it. Its own package, so that member states and
 * organisations both ask it without knowing each other.
 */
@ApplicationScoped
public class PartyCodes {

    /** The kinds of party a code can name, as a refusal says them. */
    public enum Holder {
        MEMBER_STATE("member state"), ORGANISATION("organisation");

        private final String label;

        Holder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Inject EntityManager entityManager;

    /** Locks {@code code} until the transaction ends and answers who holds it, if anyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Holder> claim(String code) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "party-code:" + code)
                .getSingleResult();
        Object holder = entityManager.createNativeQuery("""
                SELECT 'MEMBER_STATE' FROM member_state WHERE code = ?1
                UNION ALL SELECT 'ORGANISATION' FROM organisation WHERE code = ?1""")
                .setParameter(1, code)
                .getResultStream().findFirst().orElse(null);
        return Optional.ofNullable(holder).map(name -> Holder.valueOf(name.toString()));
    }
}
