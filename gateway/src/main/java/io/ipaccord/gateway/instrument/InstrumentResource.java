package io.ipaccord.gateway.instrument;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.gateway.error.InternalException;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.membership.Membership;
import io.ipaccord.gateway.treaty.InitialEntryIntoForce;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyServiceBackend;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Instruments: mutations forwarded to treaty-service, batched instrument fields of other types, and the
 * subscriptions fed from {@link io.ipaccord.contracts.Topics#TREATY_ACTIONS}.
 */
@GraphQLApi
public class InstrumentResource {

    private static final TypeReference<List<Determination>> DETERMINATIONS = new TypeReference<>() {
    };

    private final TreatyServiceBackend backend;
    private final InstrumentLookup lookup;
    private final TreatyActionFeed feed;
    private final ObjectMapper json;

    InstrumentResource(TreatyServiceBackend backend, InstrumentLookup lookup, TreatyActionFeed feed,
            ObjectMapper json) {
        this.backend = backend;
        this.lookup = lookup;
        this.feed = feed;
        this.json = json;
    }

    @Mutation("depositInstrument")
    @Description("Records an instrument and answers what it determines (entry into force, dates states are bound from)."
            + " Errors: VALIDATION (extensions.fields; also for what treaty-service cannot process: a treaty it does"
            + " not have [treaty], a state that is not a known member state [state], an Act the treaty does not have"
            + " [act], a denunciation of nothing [type]), CONFLICT (the state already has an instrument binding it to"
            + " the treaty or Act: fields [type]).")
    public InstrumentReceipt depositInstrument(@NonNull InstrumentInput input) {
        return receipt(backend.deposit(input));
    }

    @Mutation("correctInstrument")
    @Description("Corrects an instrument (not its treaty: withdraw it and deposit another) and answers what the"
            + " correction determines. Errors: VALIDATION (as for depositInstrument, and for another treaty),"
            + " NOT_FOUND (no such instrument), CONFLICT (withdrawn, or a second binding instrument).")
    public InstrumentReceipt correctInstrument(@Id @NonNull String id, @NonNull InstrumentInput input) {
        return receipt(backend.correct(instrumentId(id), input));
    }

    @Mutation("withdrawInstrument")
    @Description("Withdraws an instrument recorded in error: it is kept, flagged withdrawn, and no longer counts."
            + " Errors: NOT_FOUND.")
    public InstrumentReceipt withdrawInstrument(@Id @NonNull String id) {
        return receipt(backend.withdraw(instrumentId(id)));
    }

    @Description("The treaty's instruments by deposit date, withdrawn ones flagged.")
    public List<List<@NonNull Instrument>> instruments(@Source List<Treaty> treaties) {
        return lookup.ofTreaties(treaties.stream().map(Treaty::code).toList());
    }

    @Description("The instrument that makes the state a contracting party; null while it has none.")
    public List<Instrument> instrument(@Source List<Membership> memberships) {
        return lookup.byRefs(memberships.stream()
                .map(m -> m.instrumentId() == null ? null
                        : new InstrumentLookup.Ref(m.instrumentId(), m.treatyCode(), m.stateCode()))
                .toList());
    }

    @Description("The instrument that completed the count; null when none is on record.")
    public List<Instrument> triggeringInstrument(@Source List<InitialEntryIntoForce> entries) {
        return lookup.byRefs(entries.stream()
                .map(e -> e.triggeringInstrumentId() == null ? null
                        : new InstrumentLookup.Ref(e.triggeringInstrumentId(), e.treaty(), null))
                .toList());
    }

    @Subscription("instrumentDeposited")
    @Description("Instruments deposited from now on: for every treaty, or for one.")
    public Multi<Instrument> instrumentDeposited(@Id @Description("A treaty's code.") String treaty) {
        String wanted = normalize(treaty);
        Multi<Instrument> deposited = feed.instrumentsDeposited();
        return wanted == null ? deposited : deposited.select().where(i -> i.treaty().equals(wanted));
    }

    @Subscription("entryIntoForce")
    @Description("Entry-into-force notifications from now on (a treaty in force for its first parties, a state bound"
            + " from a date): for every treaty, or for one.")
    public Multi<EntryIntoForce> entryIntoForce(@Id @Description("A treaty's code.") String treaty) {
        String wanted = normalize(treaty);
        Multi<EntryIntoForce> notifications = feed.entriesIntoForce();
        return wanted == null ? notifications : notifications.select().where(e -> e.treaty().equals(wanted));
    }

    InstrumentReceipt receipt(JsonNode answer) {
        try {
            Instrument instrument = Instrument.from(json.treeToValue(answer, InstrumentData.class));
            List<Determination> determinations = answer.hasNonNull("determinations")
                    ? json.convertValue(answer.get("determinations"), DETERMINATIONS)
                    : List.of();
            return new InstrumentReceipt(instrument, determinations);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InternalException("Unexpected answer from " + TreatyServiceClient.SERVICE, e);
        }
    }

    private static long instrumentId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of("id", "is not an instrument id");
        }
    }

    private static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
