package io.ipaccord.treaty.seed;

import java.time.LocalDate;

/** A row of {@code seed/treaties.csv}, as published (free-text columns kept verbatim). */
public record TreatyRecord(
        String code,
        String shortName,
        String officialName,
        String category,
        String adoptedPlace,
        LocalDate adoptedDate,
        LocalDate inForceDate,
        String instrumentsRequiredText,
        String delayMonthsText,
        String ruleText,
        String laterPartyText,
        String sourceUrl,
        String verified) {

    static TreatyRecord from(SeedRow row) {
        return new TreatyRecord(
                row.required("code"),
                row.required("short_name"),
                row.required("official_name"),
                row.get("category"),
                row.get("adopted_place"),
                row.date("adopted_date"),
                row.date("in_force_date"),
                row.get("eif_instruments_required"),
                row.get("eif_delay_months"),
                row.get("eif_rule_text_in_your_words"),
                row.get("later_party_delay_months"),
                row.get("source_url"),
                row.get("verified_yes_no"));
    }
}
