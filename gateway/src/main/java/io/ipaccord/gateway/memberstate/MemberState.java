package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.party.Party;
import io.ipaccord.gateway.party.PartyKind;

@Type("MemberState")
@Description("A WIPO member state; a Party of kind MEMBER_STATE.")
public record MemberState(
        @Id @NonNull @Description("ISO 3166-1 alpha-2 code, e.g. CN.") String code,
        @NonNull @Description("ISO 3166-1 alpha-3 code, e.g. CHN.") String alpha3,
        @NonNull @Description("ISO 3166-1 numeric code, three digits, e.g. 156.") String numeric,
        @NonNull @Description("WIPO short name.") String name,
        @Description("When the state became a WIPO member, where a source gives it.") LocalDate memberSince,
        @NonNull @Description("Where the facts come from.") List<@NonNull String> sources,
        @NonNull Verification verified,
        @NonNull @Description("Seats held on WIPO bodies, by term start.") List<@NonNull BodySeat> bodies,
        @Description("Increases by one with every change.") int version) implements Party {

    @Override
    @Id
    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. CN.")
    public String getCode() {
        return code;
    }

    @Override
    @NonNull
    @Description("WIPO short name.")
    public String getName() {
        return name;
    }

    @Override
    @NonNull
    public PartyKind getKind() {
        return PartyKind.MEMBER_STATE;
    }

    public static MemberState from(MemberStateData data) {
        return new MemberState(data.code(), data.alpha3(), data.numeric(), data.name(), data.memberSince(),
                data.sources() == null ? List.of() : List.copyOf(data.sources()),
                data.verified() == null ? Verification.NO : Verification.fromJson(data.verified()),
                data.seats() == null ? List.of() : data.seats().stream().map(BodySeat::from).toList(),
                Math.toIntExact(data.version()));
    }
}
