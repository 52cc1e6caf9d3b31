package io.ipaccord.member.organisation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.organisation.OrganisationEventType;
import io.ipaccord.member.party.Alignment;
import io.ipaccord.member.party.PartyCodes;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads and writes organisations; every write queues its event on {@link Topics#ORGANISATIONS} in the same transaction. */
@ApplicationScoped
public class OrganisationService {

    public static final int MAX_BATCH = 500;

    @Inject OrganisationRepository repository;
    @Inject PartyCodes partyCodes;
    @Inject Outbox outbox;

    @Transactional
    public List<OrganisationData> all() {
        return repository.all().stream().map(OrganisationMapper::toData).toList();
    }

    @Transactional
    public List<OrganisationData> batch(List<String> codes) {
        return repository.findByCodes(codes).stream().map(OrganisationMapper::toData).toList();
    }

    @Transactional
    public OrganisationData get(String code) {
        return OrganisationMapper.toData(find(code));
    }

    @Transactional
    public List<OrganisationHit> search(String text, int limit) {
        List<Object[]> rows = repository.search(text, limit);
        Map<String, OrganisationData> organisations = repository.findByCodes(rows.stream().map(row -> (String) row[0]).toList())
                .stream().collect(Collectors.toMap(organisation -> organisation.code, OrganisationMapper::toData));
        return rows.stream()
                .map(row -> new OrganisationHit(organisations.get((String) row[0]), ((Number) row[1]).doubleValue()))
                .toList();
    }

    /** Registers a new organisation; its code must be free: neither an organisation's nor a member state's. */
    @Transactional
    public OrganisationData register(OrganisationInput input) {
        partyCodes.claim(input.code).ifPresent(holder -> {
            throw ProblemException.conflict("code", holder == PartyCodes.Holder.ORGANISATION
                    ? "Organisation " + input.code + " is already registered"
                    : input.code + " is a member state's code (ISO 3166-1 alpha-2), not an organisation's WIPO ST.3 code");
        });
        Organisation organisation = new Organisation();
        organisation.code = input.code;
        OrganisationMapper.apply(input, organisation);
        return save(organisation, OrganisationEventType.REGISTERED, () -> repository.persist(organisation));
    }

    @Transactional
    public OrganisationData update(String code, OrganisationChange change) {
        Organisation organisation = find(code);
        OrganisationMapper.apply(change, organisation);
        return save(organisation, OrganisationEventType.UPDATED, () -> { });
    }

    /**
     * Brings one organisation in line with {@code input}: registers it when missing, updates it when a fact differs,
     * and leaves it alone (publishing nothing) when every fact is already the same. For reference data such as the seed.
     */
    @Transactional
    public Alignment align(OrganisationInput input) {
        Organisation organisation = repository.findByIdOptional(input.code).orElse(null);
        if (organisation == null) {
            register(input);
            return Alignment.REGISTERED;
        }
        if (OrganisationMapper.sameFacts(input, organisation)) {
            return Alignment.UNCHANGED;
        }
        update(input.code, input);
        return Alignment.UPDATED;
    }

    private OrganisationData save(Organisation organisation, OrganisationEventType type, Runnable persist) {
        organisation.updatedAt = Timestamps.now();
        persist.run();
        // Flush so the published version is the committed one.
        repository.flush();
        OrganisationData data = OrganisationMapper.toData(organisation);
        outbox.publish(Topics.ORGANISATIONS, organisation.code, type.ceType(), data);
        return data;
    }

    private Organisation find(String code) {
        return repository.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No organisation with code " + code));
    }
}
