package io.ipaccord.gateway.membership;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A state's standing in a treaty as of {@link #asOf}. {@code state}, {@code treaty} and {@code instrument} are
 * resolved in batches ({@link MembershipFields}, the instrument package).
 */
@Type("Membership")
@Description("A state's standing in a treaty (or one of its Acts) as of a date, computed from the instruments on"
        + " record.")
public record Membership(
        @Id @NonNull @Description("The treaty's code; `treaty` resolves it.") String treatyCode,
        @Description("The Act it concerns (its own rule, or the Act the instrument was deposited under).") String act,
        @Id @NonNull @Description("The state's ISO 3166-1 alpha-2 code; `state` resolves it.") String stateCode,
        @NonNull PartyStatus status,
        @Description("First signature date.") LocalDate signed,
        @Description("Deposit date of the instrument that makes the state a party.") LocalDate deposited,
        @Description("Bound since (BOUND, DENOUNCED) or from (CONTRACTING_NOT_YET_BOUND, when determined).")
        LocalDate bound,
        @Description("A denunciation's effect date, pending (BOUND) or reached (DENOUNCED).")
        LocalDate denouncedEffective,
        @NonNull @Description("The date this standing is computed for.") LocalDate asOf,
        @Ignore Long instrumentId) {

    /** treaty-service's standing as computed for {@code asOf}. */
    public static Membership from(io.ipaccord.contracts.treaty.api.Membership data, LocalDate asOf) {
        return new Membership(data.treaty(), data.act(), data.state(), PartyStatus.of(data.status()),
                data.signed(), data.deposited(), data.bound(), data.denouncedEffective(), asOf, data.instrumentId());
    }
}
