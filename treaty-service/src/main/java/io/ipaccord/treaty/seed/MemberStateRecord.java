package io.ipaccord.treaty.seed;

import java.time.LocalDate;

/** A row of {@code seed/member_states.csv}: used here to map the state names of the action data to ISO codes. */
public record MemberStateRecord(String iso2, String iso3, String numeric, String name, LocalDate wipoMemberSince,
                                String sourceUrl, String verified) {

    static MemberStateRecord from(SeedRow row) {
        return new MemberStateRecord(row.required("iso2"), row.required("iso3"), row.required("numeric"),
                row.required("name"), row.date("wipo_member_since"), row.get("source_url"), row.get("verified_yes_no"));
    }
}
