package io.ipaccord.treaty.memberstate;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member state as member-service last published it; only the replica consumer writes it. */
@Entity
@Table(name = "known_member_state")
public class KnownMemberState extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "bpchar(2)")
    public String code;

    @Column(nullable = false)
    public String name;

    /** Removed from member-service; kept so a refusal can say so, and so the state's history stays readable. */
    @Column(nullable = false)
    public boolean removed;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
