package io.ipaccord.treaty.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.ipaccord.treaty.common.Provenance;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A treaty's (or Act's) entry-into-force rule as data, in the engine's notation (see
 * {@link io.ipaccord.treaty.engine.Delay#parse} and {@link io.ipaccord.treaty.engine.CountCondition#parseAll}).
 */
@Entity
@Table(name = "rule")
public class Rule extends TreatyPart {

    /** Null for the treaty's own rule. */
    @Column(name = "act_code")
    public String actCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "qualifying_types", nullable = false, columnDefinition = "text[]")
    public List<String> qualifyingTypes = new ArrayList<>();

    @Column(name = "count_conditions", nullable = false)
    public String countConditions = "";

    @Column(name = "initial_delay")
    public String initialDelay;

    @Column(name = "later_party_delay")
    public String laterPartyDelay;

    @Column(name = "party_may_name_later_date", nullable = false)
    public boolean partyMayNameLaterDate;

    @Column(name = "denunciation_delay")
    public String denunciationDelay;

    /** The other Acts' later-party clocks, {@code ;}-separated in the engine's notation; empty when none. */
    @Column(name = "other_act_clocks", nullable = false)
    public String otherActClocks = "";

    @Column(name = "recorded_entry_into_force")
    public LocalDate recordedEntryIntoForce;

    public String notes;

    @Embedded
    public Provenance provenance = new Provenance();
}
