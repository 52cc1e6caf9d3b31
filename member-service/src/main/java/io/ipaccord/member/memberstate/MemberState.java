package io.ipaccord.member.memberstate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A WIPO member state, identified by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "member_state")
public class MemberState extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "bpchar(2)")
    public String code;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String alpha3;

    @Column(name = "numeric_code", nullable = false, columnDefinition = "bpchar(3)")
    public String numeric;

    @Column(nullable = false)
    public String name;

    @Column(name = "member_since")
    public LocalDate memberSince;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> sources = new ArrayList<>();

    @Column(nullable = false)
    public String verified = "no";

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @BatchSize(size = 500)
    @OneToMany(mappedBy = "memberState", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("termFrom, id")
    public List<BodySeat> seats = new ArrayList<>();
}
