package io.ipaccord.treaty.instrument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.treaty.common.Provenance;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An instrument a state deposited for a treaty (or one of its Acts). Withdrawn ones are kept and ignored. */
@Entity
@Table(name = "instrument")
public class Instrument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "treaty_code", nullable = false)
    public String treatyCode;

    @Column(name = "act_code")
    public String actCode;

    @Column(name = "state_code", nullable = false, columnDefinition = "bpchar(2)")
    public String stateCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstrumentType type;

    /** Null only for an {@link InstrumentType#UNKNOWN} instrument. */
    @Column(name = "deposit_date")
    public LocalDate depositDate;

    @Column(name = "notification_date")
    public LocalDate notificationDate;

    @Column(name = "named_effective_date")
    public LocalDate namedEffectiveDate;

    /** The depositary's recorded entry into force for the party: kept beside the computed date. */
    @Column(name = "recorded_entry_into_force")
    public LocalDate recordedEntryIntoForce;

    @Column(name = "notification_reference")
    public String notificationReference;

    public String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> groups = new ArrayList<>();

    @Embedded
    public Provenance provenance = new Provenance();

    @Column(nullable = false)
    public boolean withdrawn;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
