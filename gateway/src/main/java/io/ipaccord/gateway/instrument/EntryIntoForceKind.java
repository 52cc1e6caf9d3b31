package io.ipaccord.gateway.instrument;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EntryIntoForceKind")
public enum EntryIntoForceKind {
    @Description("The treaty (or Act) enters into force for its first parties.")
    TREATY,
    @Description("A state is bound by the treaty (or Act).")
    PARTY
}
