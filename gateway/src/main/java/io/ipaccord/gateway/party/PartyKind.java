package io.ipaccord.gateway.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PartyKind")
@Description("What kind of contracting party a Party is.")
public enum PartyKind {
    @Description("A WIPO member state (type MemberState), from member-service's member states.")
    MEMBER_STATE,
    @Description("An intergovernmental organisation that can be party to WIPO treaties, e.g. the European Union"
            + " (type Organisation), from member-service's organisations.")
    ORGANISATION
}
