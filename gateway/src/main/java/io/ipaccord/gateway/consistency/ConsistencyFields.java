package io.ipaccord.gateway.consistency;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.gateway.auth.Caller;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.backend.BackendException;
import io.ipaccord.gateway.backend.Problem;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.graphql.Dates;
import io.ipaccord.gateway.organisation.PartyLookup;
import io.ipaccord.gateway.party.Party;
import io.ipaccord.gateway.treaty.Treaty;
import jakarta.inject.Inject;

/**
 * Recorded vs computed dates (treaty-service's consistency reports) and the import of a contracting-parties table.
 * A report's parties are resolved in one member-service batch per level.
 */
@GraphQLApi
public class ConsistencyFields {

    @Inject Backend<ConsistencyClient> treatyService;
    @Inject Caller caller;
    @Inject PartyLookup parties;

    @Query("consistency")
    @Description("How the computed dates of every treaty's parties compare with the depositary's recorded ones, as of"
            + " asOf (default today): overall, by reason with the parties, and per treaty.")
    public ConsistencyReport consistency(LocalDate asOf) {
        LocalDate date = asOf == null ? Dates.today() : asOf;
        return ConsistencyReport.from(treatyService.read("overall", client -> client.overall(date)));
    }

    @Description("How the computed dates of the treaty's parties compare with the depositary's recorded ones, as of"
            + " asOf (default: the treaty's asOf). One treaty-service call per treaty.")
    public ConsistencyReport consistency(@Source Treaty treaty, LocalDate asOf) {
        LocalDate date = asOf == null ? treaty.asOf() : asOf;
        return ConsistencyReport.from(treatyService.read("ofTreaty", client -> client.ofTreaty(treaty.code(), date)));
    }

    @Description("The party (member state or organisation); null if member-service does not know it.")
    public List<Party> party(@Source List<ConsistencyReport.PartyDates> dates) {
        return parties.byCodes(dates.stream().map(ConsistencyReport.PartyDates::partyCode).toList());
    }

    @Mutation("importPartyTable")
    @Description("Role: admin. Brings a treaty in line with a contracting-parties table in the depositary's format (CSV, the"
            + " columns of treaty-service's party tables): adds missing instruments, corrects differing ones, leaves"
            + " equal ones alone. Errors: VALIDATION when the table is refused as a whole (nothing is written):"
            + " extensions.fields [csv] and extensions.problems, one {line, column, reason} per bad row (unknown"
            + " party, bad date, unmappable type, instrument before the treaty's adoption, row twice); VALIDATION"
            + " [treaty] for a treaty treaty-service does not have.")
    public ImportResult importPartyTable(@Id @NonNull String treaty, @NonNull String csv) {
        caller.require(Roles.ADMIN);
        String code = Codes.normalize(treaty);
        if (code == null) {
            throw ValidationException.of("treaty", "must not be blank");
        }
        if (csv.isBlank()) {
            throw ValidationException.of("csv", "must not be blank");
        }
        try {
            return ImportResult.from(treatyService.write("importPartyTable",
                    client -> client.importPartyTable(code, csv)));
        } catch (NotFoundException unknown) {
            throw ValidationException.of("treaty", unknown.getMessage());
        } catch (ValidationException refused) {
            throw refusedTable(refused);
        }
    }

    /** The refusal with its problems by line when treaty-service refused the table's rows, else as it came. */
    private static ValidationException refusedTable(ValidationException refused) {
        if (refused.getCause() instanceof BackendException.Rejected rejected) {
            List<Problem.FieldError> lines = rejected.problem().map(Problem::errors).orElse(List.of()).stream()
                    .filter(Problem.FieldError::isLine).toList();
            if (!lines.isEmpty()) {
                String summary = rejected.problem().map(Problem::text).orElse("The table is refused");
                return new TableRefusedException(summary, lines, rejected);
            }
        }
        return refused;
    }
}
