package io.ipaccord.gateway.instrument;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.gateway.auth.Caller;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.ValidationException;
import jakarta.inject.Inject;

/** The instrument mutations, forwarded to treaty-service (never retried), each answered with its receipt. */
@GraphQLApi
public class InstrumentMutations {

    @Inject Backend<InstrumentClient> treatyService;
    @Inject Caller caller;

    @Mutation("depositInstrument")
    @Description("Role: editor. Records an instrument and answers what it determines (entry into force, dates parties are bound from)."
            + " Errors: VALIDATION (extensions.fields; also for what treaty-service cannot process: a treaty it does"
            + " not have [treaty], a code that is neither a known member state nor a known organisation [state], an"
            + " Act the treaty does not have [act], a denunciation of nothing [type]), CONFLICT (the party already has an instrument binding it to"
            + " the treaty or Act: fields [type]).")
    public InstrumentReceipt depositInstrument(@NonNull InstrumentInput input) {
        caller.require(Roles.EDITOR);
        return InstrumentReceipt.from(treatyService.write("deposit", client -> client.deposit(input.toRequest())));
    }

    @Mutation("correctInstrument")
    @Description("Role: editor. Corrects an instrument (not its treaty: withdraw it and deposit another) and answers what the"
            + " correction determines. Errors: VALIDATION (as for depositInstrument, and for another treaty),"
            + " NOT_FOUND (no such instrument), CONFLICT (withdrawn, or a second binding instrument).")
    public InstrumentReceipt correctInstrument(@Id @NonNull String id, @NonNull InstrumentInput input) {
        caller.require(Roles.EDITOR);
        long instrument = instrumentId(id);
        return InstrumentReceipt.from(treatyService.write("correct",
                client -> client.correct(instrument, input.toRequest())));
    }

    @Mutation("withdrawInstrument")
    @Description("Role: admin. Withdraws an instrument recorded in error: it is kept, flagged withdrawn, and no longer counts."
            + " Errors: NOT_FOUND.")
    public InstrumentReceipt withdrawInstrument(@Id @NonNull String id) {
        caller.require(Roles.ADMIN);
        long instrument = instrumentId(id);
        return InstrumentReceipt.from(treatyService.write("withdraw", client -> client.withdraw(instrument)));
    }

    private static long instrumentId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of("id", "is not an instrument id");
        }
    }
}
