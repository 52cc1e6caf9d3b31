package io.ipaccord.gateway.membership;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Deprecated;

/**
 * A party's standing in a treaty as of {@link #asOf}. {@code party}, {@code state}, {@code treaty} and
 * {@code instrument} are resolved in batches ({@link MembershipFields}, the instrument package).
 */
@Type("Membership")
@Description("A contracting party's (member state's or organisation's) standing in a treaty (or one of its Acts) as"
        + " of a date, computed from the instruments on record, with the depositary's recorded date alongside.")
public record Membership(
        @Id @NonNull @Description("The treaty's code; `treaty` resolves it.") String treatyCode,
        @Description("The Act it concerns (its own rule, or the Act the instrument was deposited under).") String act,
        @Id @NonNull @Description("The party code (ISO 3166-1 alpha-2 for a state, WIPO ST.3 for an organisation);"
                + " `party` resolves it.") String partyCode,
        @Id @NonNull @Deprecated(reason = "A party may be an organisation: use partyCode (the same code).")
        @Description("The party code, as partyCode.") String stateCode,
        @NonNull PartyStatus status,
        @Description("First signature date.") LocalDate signed,
        @Description("Deposit date of the instrument that makes it a party; null for an instrument the depositary"
                + " does not record (type UNKNOWN).") LocalDate deposited,
        @Description("The authoritative date it is bound since (BOUND, DENOUNCED) or from (CONTRACTING_NOT_YET_BOUND,"
                + " when determined): the depositary's recorded date where there is one, else the computed one.")
        LocalDate bound,
        @Description("The depositary's recorded entry into force for the party; null when not on record.")
        LocalDate recordedBound,
        @Description("The engine's date from the instruments and the treaty's rule, never from the recorded one; null"
                + " when the rule cannot date it.") LocalDate computedBound,
        @Description("Whether recordedBound and computedBound are the same date; null when either is missing.")
        Boolean datesAgree,
        @Description("Why recordedBound and computedBound differ (or why one is missing); null when they agree or"
                + " the party has neither.") Discrepancy discrepancy,
        @Description("A denunciation's effect date, pending (BOUND) or reached (DENOUNCED).")
        LocalDate denouncedEffective,
        @NonNull @Description("The date this standing is computed for.") LocalDate asOf,
        @Ignore Long instrumentId) {

    /** treaty-service's standing as computed for {@code asOf}. */
    public static Membership from(io.ipaccord.contracts.treaty.api.Membership data, LocalDate asOf) {
        return new Membership(data.treaty(), data.act(), data.state(), data.state(), PartyStatus.of(data.status()),
                data.signed(), data.deposited(), data.bound(), data.recordedBound(), data.computedBound(),
                data.datesAgree(), Discrepancy.of(data.discrepancy()), data.denouncedEffective(), asOf,
                data.instrumentId());
    }
}
