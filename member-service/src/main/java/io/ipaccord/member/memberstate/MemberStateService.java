package io.ipaccord.member.memberstate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.member.party.Alignment;
import io.ipaccord.member.party.PartyCodes;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.platform.time.Timestamps;
import io.ipaccord.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads and writes member states; every write queues its event in the same transaction. */
@ApplicationScoped
public class MemberStateService {

    public static final int MAX_PAGE = 500;

    @Inject MemberStateRepository repository;
    @Inject Outbox outbox;
    @Inject PartyCodes partyCodes;

    @Transactional
    public MemberStatePage list(MemberStateFilter filter, String sort, int first, String after) {
        int offset = Cursor.decode(after);
        PanacheQuery<MemberState> query = repository.search(filter, MemberStateSort.parse(sort));
        List<MemberStateData> items = query.range(offset, offset + first - 1).list().stream()
                .map(MemberStateMapper::toData).toList();
        long total = query.count();
        long end = offset + items.size();
        return new MemberStatePage(items, total,
                new MemberStatePage.PageInfo(items.isEmpty() ? after : Cursor.encode(end), end < total));
    }

    @Transactional
    public MemberStateData get(String code) {
        return MemberStateMapper.toData(find(code));
    }

    @Transactional
    public List<MemberStateData> batch(List<String> codes) {
        return repository.findByCodes(codes).stream().map(MemberStateMapper::toData).toList();
    }

    @Transactional
    public List<MemberStateHit> search(String text, int limit) {
        List<Object[]> rows = repository.search(text, limit);
        Map<String, MemberStateData> states = repository.findByCodes(rows.stream().map(row -> (String) row[0]).toList())
                .stream().collect(Collectors.toMap(state -> state.code, MemberStateMapper::toData));
        return rows.stream()
                .map(row -> new MemberStateHit(states.get((String) row[0]), ((Number) row[1]).doubleValue()))
                .toList();
    }

    @Transactional
    public MemberStateData register(MemberStateInput input) {
        partyCodes.claim(input.code).ifPresent(holder -> {
            throw ProblemException.conflict("code", holder == PartyCodes.Holder.MEMBER_STATE
                    ? "Member state " + input.code + " is already registered"
                    : input.code + " is an organisation's code (WIPO ST.3), not a member state's");
        });
        requireUnique(input, input.code);
        MemberState state = new MemberState();
        state.code = input.code;
        MemberStateMapper.apply(input, state);
        return save(state, MemberStateEventType.REGISTERED, () -> repository.persist(state));
    }

    /**
     * Brings one state in line with {@code input}: registers it when missing, updates it when a fact differs, and
     * leaves it alone (publishing nothing) when every fact is already the same. For reference data such as the seed.
     */
    @Transactional
    public Alignment align(MemberStateInput input) {
        MemberState state = repository.findByIdOptional(input.code).orElse(null);
        if (state == null) {
            register(input);
            return Alignment.REGISTERED;
        }
        if (MemberStateMapper.sameFacts(input, state)) {
            return Alignment.UNCHANGED;
        }
        update(input.code, input);
        return Alignment.UPDATED;
    }

    @Transactional
    public MemberStateData update(String code, MemberStateChange change) {
        MemberState state = find(code);
        requireUnique(change, code);
        MemberStateMapper.apply(change, state);
        return save(state, MemberStateEventType.UPDATED, () -> { });
    }

    @Transactional
    public void remove(String code) {
        MemberState state = find(code);
        MemberStateData last = MemberStateMapper.toData(state);
        repository.delete(state);
        outbox.publish(Topics.MEMBER_STATES, code, MemberStateEventType.REMOVED.ceType(), last);
        outbox.publishTombstone(Topics.MEMBER_STATES, code);
    }

    @Transactional
    public List<MemberStateData.Seat> seats(String code) {
        return find(code).seats.stream().map(MemberStateMapper::toData).toList();
    }

    @Transactional
    public MemberStateData.Seat addSeat(String code, SeatInput input) {
        if (input.termTo() != null && input.termTo().isBefore(input.termFrom())) {
            throw ProblemException.invalid("termTo", "must not be before termFrom (" + input.termFrom() + ")");
        }
        MemberState state = find(code);
        BodySeat seat = new BodySeat();
        seat.memberState = state;
        seat.body = input.body();
        seat.role = input.role();
        seat.termFrom = input.termFrom();
        seat.termTo = input.termTo();
        state.seats.add(seat);
        save(state, MemberStateEventType.UPDATED, () -> { });
        return MemberStateMapper.toData(seat);
    }

    @Transactional
    public void removeSeat(String code, long seatId) {
        MemberState state = find(code);
        boolean removed = state.seats.removeIf(seat -> seat.id == seatId);
        if (!removed) {
            throw ProblemException.notFound("Member state " + code + " has no seat " + seatId);
        }
        save(state, MemberStateEventType.UPDATED, () -> { });
    }

    private MemberStateData save(MemberState state, MemberStateEventType type, Runnable persist) {
        state.updatedAt = Timestamps.now();
        persist.run();
        // Flush so the published version and generated ids are the committed ones.
        repository.flush();
        MemberStateData data = MemberStateMapper.toData(state);
        outbox.publish(Topics.MEMBER_STATES, state.code, type.ceType(), data);
        return data;
    }

    private MemberState find(String code) {
        return repository.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No member state with code " + code));
    }

    private void requireUnique(MemberStateChange change, String code) {
        repository.findOtherWith("alpha3", change.alpha3, code).ifPresent(other -> {
            throw ProblemException.conflict("alpha3", "alpha3 " + change.alpha3 + " belongs to " + other.code);
        });
        repository.findOtherWith("numeric", change.numeric, code).ifPresent(other -> {
            throw ProblemException.conflict("numeric", "numeric " + change.numeric + " belongs to " + other.code);
        });
    }
}
