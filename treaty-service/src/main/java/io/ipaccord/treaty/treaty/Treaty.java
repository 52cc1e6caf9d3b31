package io.ipaccord.treaty.treaty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.treaty.common.Provenance;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A treaty, with its Acts and its entry-into-force rules (the treaty's own and those of Acts that have one). */
@Entity
@Table(name = "treaty")
public class Treaty extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(name = "official_name", nullable = false)
    public String officialName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TreatyCategory category;

    @Column(name = "adopted_place")
    public String adoptedPlace;

    @Column(name = "adopted_date")
    public LocalDate adoptedDate;

    public String depositary;

    public String notes;

    @Embedded
    public Provenance provenance = new Provenance();

    @Column(name = "published_status")
    public String publishedStatus;

    @Column(name = "published_entry_into_force")
    public LocalDate publishedEntryIntoForce;

    @Column(name = "published_party_count")
    public Integer publishedPartyCount;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "treaty", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TreatyAct> acts = new ArrayList<>();

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "treaty", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Rule> rules = new ArrayList<>();

    public Optional<TreatyAct> act(String actCode) {
        return acts.stream().filter(a -> a.code.equals(actCode)).findFirst();
    }

    /** The treaty's own rule, which also governs every Act without a rule of its own. */
    public Rule rule() {
        return rules.stream().filter(r -> r.actCode == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("treaty " + code + " has no rule"));
    }

    /** The rule governing instruments deposited under {@code actCode} (null: the treaty as such). */
    public Rule ruleFor(String actCode) {
        return actCode == null ? rule()
                : rules.stream().filter(r -> actCode.equals(r.actCode)).findFirst().orElseGet(this::rule);
    }
}
