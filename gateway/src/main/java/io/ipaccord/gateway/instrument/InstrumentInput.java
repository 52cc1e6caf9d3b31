package io.ipaccord.gateway.instrument;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.gateway.memberstate.Verification;

/** The GraphQL input; {@link #toRequest()} makes it the body treaty-service takes (same names, same meaning). */
@Input("InstrumentInput")
@Description("An instrument a contracting party (member state or organisation) deposits (or notifies) for a treaty"
        + " or one of its Acts.")
public record InstrumentInput(
        @Id @NonNull @Description("The treaty's code, e.g. BEIJING.") String treaty,
        @Description("The Act's code (e.g. GENEVA_1999) for a treaty with several Acts.") String act,
        @Id @NonNull @Description("The depositing party's code: a known member state's ISO 3166-1 alpha-2 code"
                + " or a known organisation's WIPO ST.3 code (EU).")
        String state,
        @NonNull InstrumentType type,
        @NonNull @Description("Deposit date (signature date for a signature); not in the future.") LocalDate depositDate,
        @Description("When the depositary notified the deposit; not before depositDate.") LocalDate notificationDate,
        @Description("An effective date the instrument itself names, if any.") LocalDate namedEffectiveDate,
        @Description("The depositary's reference, e.g. Beijing Notification No. 5.") String notificationReference,
        String notes,
        @Description("Where the facts come from.") List<String> sources,
        @Description("Eligibility groups the party belonged to at deposit (e.g. PARIS_UNION), for rules that count"
                + " groups.") List<String> groups,
        @Description("Defaults to NO.") Verification verified,
        String verificationNote) {

    /** The body of treaty-service's POST /instruments and PUT /instruments/{id}. */
    io.ipaccord.contracts.treaty.api.InstrumentInput toRequest() {
        return new io.ipaccord.contracts.treaty.api.InstrumentInput(treaty, act, state, type, depositDate,
                notificationDate, namedEffectiveDate, notificationReference, notes, sources, groups,
                verified == null ? null : verified.json(), verificationNote, null);
    }
}
