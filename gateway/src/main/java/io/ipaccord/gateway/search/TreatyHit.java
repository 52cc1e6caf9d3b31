package io.ipaccord.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.treaty.Treaty;

@Type("TreatyHit")
@Description("A treaty whose code, short name or official name matches.")
public final class TreatyHit implements SearchHit {

    private final Treaty treaty;
    private final double rank;

    TreatyHit(Treaty treaty, double rank) {
        this.treaty = treaty;
        this.rank = rank;
    }

    @Override
    public @NonNull SearchKind getKind() {
        return SearchKind.TREATY;
    }

    @Override
    public double getRank() {
        return rank;
    }

    @Override
    public @NonNull String getTitle() {
        return treaty.shortName();
    }

    @Override
    public String getMatchedVia() {
        return null;
    }

    @Description("The treaty, computed as of today.")
    public @NonNull Treaty getTreaty() {
        return treaty;
    }
}
