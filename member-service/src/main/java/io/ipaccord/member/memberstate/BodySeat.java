package io.ipaccord.member.memberstate;

import java.time.LocalDate;

import io.ipaccord.contracts.memberstate.SeatRole;
import io.ipaccord.contracts.memberstate.WipoBody;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member state's seat on a WIPO body for a term. Part of the member-state aggregate. */
@Entity
@Table(name = "body_seat")
public class BodySeat extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_state_code", columnDefinition = "bpchar(2)")
    public MemberState memberState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WipoBody body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeatRole role;

    @Column(name = "term_from", nullable = false)
    public LocalDate termFrom;

    @Column(name = "term_to")
    public LocalDate termTo;
}
