package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.treaty.Treaty;

@Type("TreatyEntry")
@Description("A treaty is adopted (TREATY_ADOPTED) or enters into force for its first parties (TREATY_IN_FORCE).")
public final class TreatyEntry implements TimelineEntry {

    private final Treaty treaty;
    /** TREATY_ADOPTED, else TREATY_IN_FORCE: the date and title follow from the treaty. */
    private final boolean adoption;

    private TreatyEntry(Treaty treaty, boolean adoption) {
        this.treaty = treaty;
        this.adoption = adoption;
    }

    static TreatyEntry adopted(Treaty treaty) {
        return new TreatyEntry(treaty, true);
    }

    static TreatyEntry inForce(Treaty treaty) {
        return new TreatyEntry(treaty, false);
    }

    @Override
    public @NonNull LocalDate getDate() {
        return adoption ? treaty.adoptedDate() : treaty.entryIntoForce().date();
    }

    @Override
    public @NonNull TimelineKind getKind() {
        return adoption ? TimelineKind.TREATY_ADOPTED : TimelineKind.TREATY_IN_FORCE;
    }

    @Override
    public @NonNull String getTitle() {
        return adoption
                ? treaty.shortName() + " adopted" + (treaty.adoptedPlace() == null ? "" : " at " + treaty.adoptedPlace())
                : treaty.shortName() + " enters into force";
    }

    @Description("The treaty, computed as of today.")
    public @NonNull Treaty getTreaty() {
        return treaty;
    }
}
