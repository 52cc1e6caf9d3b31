package io.ipaccord.gateway.instrument;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.gateway.memberstate.Verification;

@Type("Instrument")
@Description("An instrument a state deposited (or notified) for a treaty or one of its Acts.")
public record Instrument(
        @Id @NonNull String id,
        @Id @NonNull @Description("The treaty's code.") String treaty,
        @Description("The Act's code; null when deposited for the treaty as such.") String act,
        @Id @NonNull @Description("The depositing state's ISO 3166-1 alpha-2 code.") String state,
        @NonNull InstrumentType type,
        @NonNull @Description("Deposit date (signature date for a signature, receipt date for a denunciation).")
        LocalDate depositDate,
        @Description("When the depositary notified the deposit, when recorded.") LocalDate notificationDate,
        @Description("An effective date the instrument itself names, if any.") LocalDate namedEffectiveDate,
        @Description("The depositary's reference, e.g. Beijing Notification No. 5.") String notificationReference,
        String notes,
        @NonNull @Description("Where the facts come from.") List<@NonNull String> sources,
        @NonNull @Description("Eligibility groups the state belonged to at deposit, e.g. PARIS_UNION.")
        List<@NonNull String> groups,
        @NonNull Verification verified,
        @Description("Recorded in error and withdrawn: kept, but no longer counts.") boolean withdrawn,
        @Description("Increases by one with every correction or withdrawal.") int version) {

    public static Instrument from(InstrumentData data) {
        return new Instrument(String.valueOf(data.id()), data.treaty(), data.act(), data.state(),
                InstrumentType.valueOf(data.type()), data.depositDate(), data.notificationDate(),
                data.namedEffectiveDate(), data.notificationReference(), data.notes(),
                data.sources() == null ? List.of() : List.copyOf(data.sources()),
                data.groups() == null ? List.of() : List.copyOf(data.groups()),
                Verification.fromJsonOrNo(data.verified()), data.withdrawn(), Math.toIntExact(data.version()));
    }
}
