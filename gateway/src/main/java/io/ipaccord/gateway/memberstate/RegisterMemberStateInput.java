package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Also the JSON body of member-service's POST /member-states: same names, same meaning. */
@Input("RegisterMemberStateInput")
@Description("A new member state.")
public record RegisterMemberStateInput(
        @Id @NonNull @Description("ISO 3166-1 alpha-2 code: two capital letters.") String code,
        @NonNull @Description("ISO 3166-1 alpha-3 code: three capital letters.") String alpha3,
        @NonNull @Description("ISO 3166-1 numeric code: three digits.") String numeric,
        @NonNull String name,
        LocalDate memberSince,
        @Description("Where the facts come from.") List<String> sources,
        @Description("Defaults to NO.") Verification verified) {
}
