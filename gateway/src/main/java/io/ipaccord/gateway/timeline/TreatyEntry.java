package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.treaty.Treaty;

@Type("TreatyEntry")
@Description("A treaty is adopted (TREATY_ADOPTED) or enters into force for its first parties (TREATY_IN_FORCE).")
public final class TreatyEntry implements TimelineEntry {

    private final LocalDate date;
    private final TimelineKind kind;
    private final String title;
    private final Treaty treaty;

    private TreatyEntry(LocalDate date, TimelineKind kind, String title, Treaty treaty) {
        this.date = date;
        this.kind = kind;
        this.title = title;
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

    @Override
    public @NonNull LocalDate getDate() {
        return date;
    }

    @Override
    public @NonNull TimelineKind getKind() {
        return kind;
    }

    @Override
    public @NonNull String getTitle() {
        return title;
    }

    @Description("The treaty, computed as of today.")
    public @NonNull Treaty getTreaty() {
        return treaty;
    }
}
