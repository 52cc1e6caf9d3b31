package io.ipaccord.gateway.treaty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyStatus;

@Input("TreatyFilter")
@Description("Criteria a treaty must meet as of the query's asOf; omitted criteria match all.")
public record TreatyFilter(
        TreatyCategory category,
        TreatyStatus status,
        @Id @Description("A party code (a state's ISO 3166-1 alpha-2, an organisation's WIPO ST.3) bound by the"
                + " treaty as of asOf.") String party) {
}
