package io.ipaccord.member.organisation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An intergovernmental organisation that can be a contracting party, identified by its WIPO Standard ST.3 code. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "bpchar(2)")
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> sources = new ArrayList<>();

    @Column(nullable = false)
    public String verified = "no";

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
