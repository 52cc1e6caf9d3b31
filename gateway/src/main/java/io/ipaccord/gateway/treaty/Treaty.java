package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.gateway.memberstate.Verification;

/**
 * A treaty as treaty-service computed it as of {@link #asOf}. {@code status(asOf)}, {@code parties(asOf)} and
 * {@code instruments} are resolved by {@link TreatyQueries} and the membership and instrument packages.
 */
@Type("Treaty")
@Description("A treaty, with its entry-into-force rule and its status computed from the instruments on record.")
public record Treaty(
        @Id @NonNull @Description("E.g. BEIJING, BERNE.") String code,
        @NonNull String shortName,
        @NonNull String officialName,
        @NonNull TreatyCategory category,
        String adoptedPlace,
        LocalDate adoptedDate,
        @Description("Who receives the instruments, e.g. Director General of WIPO.") String depositary,
        @Description("What the sources say of the treaty's entry into force, in short.") String notes,
        @NonNull @Description("The treaty's Acts where it has several texts, each with its own parties; else empty. At"
                + " most 10 (query cost).")
        List<@NonNull TreatyAct> acts,
        @NonNull @Description("The rule of the treaty and of every Act without a rule of its own.") Rule rule,
        @NonNull @Description("The date entryIntoForce and partyCount are computed for, and the default of"
                + " status(asOf) and parties(asOf): the query's asOf, else today.") LocalDate asOf,
        @Ignore TreatyStatus statusAsOf,
        @Description("The treaty's entry into force for its first parties, when the instruments on record (or the"
                + " depositary's recorded date) determine it as of asOf, even if the date is still ahead.")
        InitialEntryIntoForce entryIntoForce,
        @Description("Parties (states and organisations) bound as of asOf.") int partyCount,
        @NonNull @Description("Where the facts come from.") List<@NonNull String> sources,
        @NonNull Verification verified,
        @Description("Increases by one with every change.") int version) {

    public static Treaty from(TreatyData data) {
        return new Treaty(data.code(), data.shortName(), data.officialName(), TreatyCategory.valueOf(data.category()),
                data.adoptedPlace(), data.adoptedDate(), data.depositary(), data.notes(),
                data.acts() == null ? List.of() : data.acts().stream().map(a -> TreatyAct.from(data.code(), a)).toList(),
                Rule.from(data.rule()), data.asOf(), TreatyStatus.valueOf(data.status()),
                InitialEntryIntoForce.from(data.code(), data.entryIntoForce()), data.partyCount(),
                data.sources() == null ? List.of() : List.copyOf(data.sources()), Verification.fromJsonOrNo(data.verified()),
                Math.toIntExact(data.version()));
    }
}
