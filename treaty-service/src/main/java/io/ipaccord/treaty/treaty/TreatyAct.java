package io.ipaccord.treaty.treaty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One text of a treaty that has several (Berne's Paris Act (1971), Hague's Geneva Act (1999)...). */
@Entity
@Table(name = "treaty_act")
public class TreatyAct extends TreatyPart {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;
}
