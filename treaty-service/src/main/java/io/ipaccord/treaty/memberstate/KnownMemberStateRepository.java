package io.ipaccord.treaty.memberstate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class KnownMemberStateRepository implements PanacheRepositoryBase<KnownMemberState, String> {
}
