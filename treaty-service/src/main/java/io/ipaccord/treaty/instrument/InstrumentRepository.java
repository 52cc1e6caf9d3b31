package io.ipaccord.treaty.instrument;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<Instrument, Long> {

    /** The instruments that count (not withdrawn) of these treaties, in recording order: deposit date, then id. */
    public List<Instrument> counting(Collection<String> treatyCodes) {
        return list("treatyCode in ?1 and withdrawn = false order by depositDate, id", treatyCodes);
    }

    public List<Instrument> counting(String treatyCode) {
        return counting(List.of(treatyCode));
    }

    /** Every instrument (withdrawn ones too) matching the criteria that are not null, by deposit date, then id. */
    public List<Instrument> search(String treatyCode, String stateCode) {
        if (treatyCode != null && stateCode != null) {
            return list("treatyCode = ?1 and stateCode = ?2 order by depositDate, id", treatyCode, stateCode);
        }
        if (treatyCode != null) {
            return list("treatyCode = ?1 order by depositDate, id", treatyCode);
        }
        if (stateCode != null) {
            return list("stateCode = ?1 order by depositDate, id", stateCode);
        }
        return list("order by depositDate, id");
    }

    /** Codes of the treaties these states have an instrument for that counts. */
    public List<String> treatiesOf(Collection<String> stateCodes) {
        return getEntityManager()
                .createQuery("select distinct i.treatyCode from Instrument i where i.stateCode in ?1 and i.withdrawn = false",
                        String.class)
                .setParameter(1, stateCodes)
                .getResultList();
    }

    public boolean anyFor(String stateCode) {
        return count("stateCode", stateCode) > 0;
    }
}
