package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.treaty.Treaty;

@Type("TreatyEntry")
@Description("A treaty is adopted (TREATY_ADOPTED) or enters into force for its first parties (TREATY_IN_FORCE).")
public final class TreatyEntry extends TitledEntry {

    private final Treaty treaty;

    private TreatyEntry(LocalDate date, TimelineKind kind, String title, Treaty treaty) {
        super(date, kind, title);
        this.treaty = treaty;
    }

    static TreatyEntry adopted(Treaty treaty) {
        return new TreatyEntry(treaty.adoptedDate(), TimelineKind.TREATY_ADOPTED, treaty.shortName() + " adopted"
                + (treaty.adoptedPlace() == null ? "" : " at " + treaty.adoptedPlace()), treaty);
    }

    static TreatyEntry inForce(Treaty treaty) {
        return new TreatyEntry(treaty.entryIntoForce().date(), TimelineKind.TREATY_IN_FORCE,
                treaty.shortName() + " enters into force", treaty);
    }

    @Description("The treaty, computed as of today.")
    public @NonNull Treaty getTreaty() {
        return treaty;
    }
}
