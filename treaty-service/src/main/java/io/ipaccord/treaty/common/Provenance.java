package io.ipaccord.treaty.common;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a stored fact comes from and whether it was checked: the same three columns on a treaty, a rule and an
 * instrument.
 */
@Embeddable
public class Provenance {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> sources = new ArrayList<>();

    /** yes, no or partial. */
    @Column(nullable = false)
    public String verified = "no";

    @Column(name = "verification_note")
    public String verificationNote;

    /** From a request: no sources when absent, not verified unless it says so. */
    public static Provenance of(List<String> sources, String verified, String verificationNote) {
        Provenance p = new Provenance();
        p.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
        p.verified = verified == null ? "no" : verified;
        p.verificationNote = verificationNote;
        return p;
    }
}
