package io.ipaccord.treaty.seed;

import java.time.LocalDate;
import java.util.Locale;

import io.ipaccord.contracts.treaty.TreatyCategory;

/**
 * A row of {@code seed/treaties.csv}, as published (free-text columns kept verbatim).
 *
 * @param category          read from {@code publishedCategory}
 * @param publishedCategory the category text, e.g. "IP protection (WIPO grouping not verified)"
 */
public record TreatyRecord(
        String code,
        String shortName,
        String officialName,
        TreatyCategory category,
        String publishedCategory,
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
                category(row),
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

    /** treaties.csv's category text, e.g. "IP protection (WIPO grouping not verified)". */
    private static TreatyCategory category(SeedRow row) {
        String text = row.get("category");
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("ip protection")) {
            return TreatyCategory.IP_PROTECTION;
        }
        if (t.startsWith("global protection system")) {
            return TreatyCategory.GLOBAL_PROTECTION_SYSTEM;
        }
        if (t.startsWith("classification")) {
            return TreatyCategory.CLASSIFICATION;
        }
        if (t.contains("constituent")) {
            return TreatyCategory.CONSTITUENT;
        }
        if (t.startsWith("other")) {
            return TreatyCategory.OTHER;
        }
        throw row.error("unknown category '" + text + "'");
    }
}
