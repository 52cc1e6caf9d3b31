package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.treaty.engine.PartyStatus.Bound;
import io.ipaccord.treaty.engine.PartyStatus.ContractingNotYetBound;
import io.ipaccord.treaty.engine.PartyStatus.Denounced;
import io.ipaccord.treaty.engine.PartyStatus.Signatory;

/**
 * Derives a treaty's status and each state's standing from a rule and the instruments on record.
 * Stateless and free of I/O: the same inputs always give the same answer.
 *
 * <p>A party is <em>initial</em> when its instrument's initial delay ends on or before the treaty's entry
 * into force (for a derived date: it was deposited no later than the instrument completing the count); it is
 * then bound from the entry into force. Any other party is bound after the later-party delay, never before the
 * entry into force, and never before a later date its instrument names where the rule allows that.
 */
public final class EntryIntoForceEngine {

    /** Stable: same-day deposits keep the caller's (recording) order, which decides the trigger on a tie. */
    private static final Comparator<RecordedInstrument> BY_KNOWN = Comparator.comparing(RecordedInstrument::knownFrom);

    /** Status as of {@code asOf}, no party known as an organisation. */
    public RuleOutcome evaluate(EntryIntoForceRule rule, Collection<RecordedInstrument> instruments, LocalDate asOf) {
        return evaluate(rule, instruments, asOf, Set.of());
    }

    /**
     * Status as of {@code asOf}: instruments on record after it (deposited, or for an UNKNOWN instrument recorded in
     * force, after it) are ignored. {@code organisationCodes} names the party codes that are intergovernmental
     * organisations, so that a member's date that follows its organisation's is told apart
     * ({@link DateDiscrepancy#FOLLOWS_ORGANISATION}).
     */
    public RuleOutcome evaluate(EntryIntoForceRule rule, Collection<RecordedInstrument> instruments, LocalDate asOf,
                                Set<String> organisationCodes) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(asOf, "asOf");
        Set<String> organisations = organisationCodes == null ? Set.of() : Set.copyOf(organisationCodes);
        Set<String> warnings = new LinkedHashSet<>();
        List<RecordedInstrument> known = instruments.stream()
                .filter(i -> !i.knownFrom().isAfter(asOf))
                .sorted(BY_KNOWN)
                .toList();

        EntryIntoForce eif = entryIntoForce(rule, known, asOf, warnings);

        Map<String, List<RecordedInstrument>> byState = new TreeMap<>();
        for (RecordedInstrument i : known) {
            byState.computeIfAbsent(i.state(), k -> new ArrayList<>()).add(i);
        }
        List<Standing> standings = new ArrayList<>();
        byState.forEach((state, own) -> standing(rule, state, own, eif, warnings).ifPresent(standings::add));

        Set<LocalDate> organisationDates = new HashSet<>();
        List<DateClassifier.Joined> joined = new ArrayList<>();
        for (Standing s : standings) {
            if (s.binding() == null || s.binding().recordedEntryIntoForce() == null) {
                continue;
            }
            if (organisations.contains(s.state())) {
                organisationDates.add(s.binding().recordedEntryIntoForce());
            } else if (s.computed() != null && s.binding().recordedEntryIntoForce().equals(s.computed().from())) {
                joined.add(new DateClassifier.Joined(s.state(), s.binding().knownFrom(), s.computed().from()));
            }
        }
        DateClassifier classifier = new DateClassifier(rule, eif, organisations, organisationDates, joined);
        List<PartyStatus> parties = standings.stream().map(s -> s.status(classifier, asOf)).toList();

        TreatyStatus status = eif == null ? TreatyStatus.ADOPTED
                : eif.date().isAfter(asOf) ? TreatyStatus.NOT_YET_IN_FORCE : TreatyStatus.IN_FORCE;
        LocalDate next = null;
        for (RecordedInstrument i : instruments) {
            next = earliestAfter(asOf, next, i.knownFrom());
        }
        if (rule.recordedEntryIntoForce() != null) {
            next = earliestAfter(asOf, next, recordedKnownFrom(rule));
        }
        if (eif != null) {
            next = earliestAfter(asOf, next, eif.date());
        }
        for (Standing s : standings) {
            next = earliestAfter(asOf, next, s.effect());
        }
        for (PartyStatus p : parties) {
            next = earliestAfter(asOf, next, p.boundFrom());
        }
        return new RuleOutcome(rule.treatyCode(), rule.act(), asOf, status, eif, parties, List.copyOf(warnings), next);
    }

    /**
     * What the complete records {@code after} determine that the records {@code before} did not: the treaty's entry
     * into force (with its first parties), the dates from which states are bound, denunciations' effect. Serves a
     * deposit (one instrument added), a correction (one replaced) and a withdrawal (one removed); comparing complete
     * records handles a backdated instrument too. Only what is determined is reported; a date that no longer holds
     * simply does not appear.
     */
    public List<Determination> determinations(EntryIntoForceRule rule, Collection<RecordedInstrument> recordedBefore,
                                              Collection<RecordedInstrument> recordedAfter) {
        RuleOutcome before = evaluate(rule, recordedBefore, LocalDate.MAX);
        RuleOutcome after = evaluate(rule, recordedAfter, LocalDate.MAX);

        List<Determination> out = new ArrayList<>();
        EntryIntoForce eif = after.entryIntoForce();
        if (eif != null && (before.entryIntoForce() == null || !before.entryIntoForce().date().equals(eif.date()))) {
            List<String> first = after.parties().stream()
                    .filter(p -> p instanceof Bound b && b.initialParty())
                    .map(PartyStatus::state)
                    .toList();
            out.add(new Determination.TreatyEntersIntoForce(rule.treatyCode(), rule.act(), eif.date(), eif.trigger(), first));
        }
        for (PartyStatus now : after.parties()) {
            PartyStatus was = before.party(now.state()).orElse(null);
            LocalDate from = now.boundFrom();
            if (from != null && !from.equals(was == null ? null : was.boundFrom())) {
                out.add(new Determination.PartyBound(rule.treatyCode(), rule.act(), now.state(), from,
                        now.instrument(), now instanceof Bound b && b.initialParty()));
            }
            if (now instanceof Denounced d
                    && !(was instanceof Denounced wd && wd.denunciationEffect().equals(d.denunciationEffect()))) {
                out.add(new Determination.DenunciationTakesEffect(rule.treatyCode(), rule.act(), now.state(),
                        d.denunciationEffect(), d.denunciation()));
            }
        }
        return out;
    }

    private EntryIntoForce entryIntoForce(EntryIntoForceRule rule, List<RecordedInstrument> known, LocalDate asOf,
                                          Set<String> warnings) {
        RecordedInstrument trigger = completingInstrument(rule, known);
        LocalDate derived = trigger == null ? null
                : rule.initialDelay().after(start(rule.initialDelay().anchor(), trigger, warnings));
        LocalDate recorded = rule.recordedEntryIntoForce();
        if (recorded == null) {
            return trigger == null ? null : new EntryIntoForce(derived, EntryIntoForce.Basis.DERIVED, trigger);
        }
        if (derived != null && !derived.equals(recorded)) {
            warnings.add("the instruments on record give entry into force on " + derived + " (" + trigger
                    + "); the recorded date " + recorded + " prevails");
        }
        if (trigger == null && asOf.isBefore(recordedKnownFrom(rule))) {
            return null;
        }
        RecordedInstrument recordedTrigger = recorded.equals(derived) ? trigger : lastInitialInstrument(rule, known, recorded);
        return new EntryIntoForce(recorded, EntryIntoForce.Basis.RECORDED, recordedTrigger);
    }

    /** The day a rule's recorded entry into force is known from: the day its initial delay started to run. */
    private static LocalDate recordedKnownFrom(EntryIntoForceRule rule) {
        LocalDate recorded = rule.recordedEntryIntoForce();
        return rule.initialDelay() == null ? recorded : rule.initialDelay().before(recorded);
    }

    /** {@code candidate} if it lies after {@code asOf} and before {@code next} (or {@code next} is {@code null}). */
    private static LocalDate earliestAfter(LocalDate asOf, LocalDate next, LocalDate candidate) {
        if (candidate == null || !candidate.isAfter(asOf)) {
            return next;
        }
        return next == null || candidate.isBefore(next) ? candidate : next;
    }

    /** The qualifying instrument on whose deposit every count condition is met, or {@code null}. */
    private static RecordedInstrument completingInstrument(EntryIntoForceRule rule, List<RecordedInstrument> known) {
        if (!rule.derivable()) {
            return null;
        }
        List<CountCondition> conditions = rule.conditions();
        int[] counts = new int[conditions.size()];
        Set<String> counted = new HashSet<>();
        for (RecordedInstrument i : known) {
            if (!rule.qualifies(i.type()) || !counted.add(i.state())) {
                continue;
            }
            boolean allMet = true;
            for (int c = 0; c < counts.length; c++) {
                if (conditions.get(c).who().admits(i.groups())) {
                    counts[c]++;
                }
                allMet &= counts[c] >= conditions.get(c).required();
            }
            if (allMet) {
                return i;
            }
        }
        return null;
    }

    private static RecordedInstrument lastInitialInstrument(EntryIntoForceRule rule, List<RecordedInstrument> known, LocalDate recorded) {
        if (rule.initialDelay() == null) {
            return null;
        }
        Set<String> ignored = new HashSet<>();
        for (int k = known.size() - 1; k >= 0; k--) {
            RecordedInstrument i = known.get(k);
            if (rule.qualifies(i.type())
                    && rule.initialDelay().after(start(rule.initialDelay().anchor(), i, ignored)).equals(recorded)) {
                return i;
            }
        }
        return null;
    }

    private Optional<Standing> standing(EntryIntoForceRule rule, String state, List<RecordedInstrument> own,
                                        EntryIntoForce eif, Set<String> warnings) {
        LocalDate signedOn = null;
        RecordedInstrument binding = null;
        RecordedInstrument denunciation = null;
        for (RecordedInstrument i : own) {
            if (i.type().isSignature() && signedOn == null) {
                signedOn = i.deposited();
            }
            if (rule.qualifies(i.type()) || i.type().isSuccession() || i.type() == InstrumentType.UNKNOWN) {
                // A state that denounced and joins again starts a new membership; a second instrument otherwise adds nothing.
                if (binding == null || denunciation != null) {
                    binding = i;
                    denunciation = null;
                }
            } else if (i.type() == InstrumentType.DENUNCIATION) {
                if (binding != null && denunciation == null) {
                    denunciation = i;
                } else {
                    warnings.add(state + ": denunciation of " + i.deposited() + " without a binding instrument on record");
                }
            } else if (!i.type().isSignature() && i.type() != InstrumentType.DECLARATION) {
                warnings.add(state + ": " + label(i.type()) + " of " + i.deposited() + " does not count under this rule");
            }
        }
        if (binding == null) {
            return signedOn == null ? Optional.empty() : Optional.of(new Standing(state, signedOn, null, null, null, null));
        }
        Binding computed = binding.type() == InstrumentType.UNKNOWN ? null : boundFrom(rule, binding, eif, warnings);
        LocalDate effect = denunciation == null ? null : denunciationEffect(rule, denunciation, warnings);
        return Optional.of(new Standing(state, signedOn, binding, computed, denunciation, effect));
    }

    /** One party's instruments as the engine read them, before its standing as of a date is decided. */
    private record Standing(String state, LocalDate signedOn, RecordedInstrument binding, Binding computed,
                            RecordedInstrument denunciation, LocalDate effect) {

        PartyStatus status(DateClassifier classifier, LocalDate asOf) {
            if (binding == null) {
                return new Signatory(state, signedOn);
            }
            PartyDates dates = classifier.dates(binding, computed);
            LocalDate since = dates.authoritative();
            if (effect != null && !effect.isAfter(asOf)) {
                LocalDate boundSince = since != null && since.isBefore(effect) ? since : null;
                return new Denounced(state, signedOn, binding, boundSince, denunciation, effect, dates);
            }
            if (since != null && !since.isAfter(asOf)) {
                return new Bound(state, signedOn, binding, since, computed != null && computed.initial(), effect, dates);
            }
            return new ContractingNotYetBound(state, signedOn, binding, since, dates);
        }
    }

    private static Binding boundFrom(EntryIntoForceRule rule, RecordedInstrument i, EntryIntoForce eif, Set<String> warnings) {
        if (eif == null) {
            return null;
        }
        LocalDate entry = eif.date();
        if (i.type().isSuccession() && !rule.qualifies(i.type())) {
            // Succession takes effect from the date of succession the instrument names, not after a delay; when it
            // names none, the depositary's record is the date of succession (the one use of the recorded date).
            LocalDate succession = i.namedEffectiveDate() != null ? i.namedEffectiveDate()
                    : i.recordedEntryIntoForce() != null ? i.recordedEntryIntoForce() : i.deposited();
            return new Binding(max(entry, succession), false, null, false, false);
        }
        LocalDate initialEnd = rule.initialDelay() == null ? i.deposited()
                : rule.initialDelay().after(start(rule.initialDelay().anchor(), i, warnings));
        LocalDate from;
        Delay clock;
        boolean endsShort = false;
        if (!initialEnd.isAfter(entry)) {
            from = entry;
            clock = rule.initialDelay();
        } else if (rule.laterPartyDelay() == null) {
            warnings.add(rule.treatyCode() + ": no later-party rule on record, cannot date " + i);
            return null;
        } else {
            clock = rule.laterPartyDelay();
            LocalDate start = start(clock.anchor(), i, warnings);
            LocalDate end = clock.after(start);
            from = max(entry, end);
            endsShort = from.equals(end) && clock.endsShort(start);
        }
        LocalDate namedDate = i.namedEffectiveDate();
        if (namedDate != null) {
            if (!rule.partyMayNameLaterDate()) {
                warnings.add(i.state() + ": named effective date " + namedDate + " ignored, the rule gives no such right");
            } else if (namedDate.isAfter(from)) {
                from = namedDate;
                endsShort = false;
            }
        }
        boolean notificationMissing = clock != null && clock.anchor() == Anchor.NOTIFICATION && i.notified() == null;
        return new Binding(from, from.equals(entry) && !initialEnd.isAfter(entry), clock, notificationMissing, endsShort);
    }

    private static LocalDate denunciationEffect(EntryIntoForceRule rule, RecordedInstrument d, Set<String> warnings) {
        LocalDate named = d.namedEffectiveDate();
        if (rule.denunciationDelay() == null) {
            warnings.add(rule.treatyCode() + ": no denunciation delay on record; " + d.state()
                    + "'s denunciation takes effect " + (named != null ? "on the date it names" : "on receipt"));
            return named != null ? named : d.deposited();
        }
        LocalDate computed = rule.denunciationDelay().after(start(rule.denunciationDelay().anchor(), d, warnings));
        // Denunciation clauses let the state name a later date.
        return named != null && named.isAfter(computed) ? named : computed;
    }

    private static LocalDate start(Anchor anchor, RecordedInstrument i, Set<String> warnings) {
        return switch (anchor) {
            case DEPOSIT -> i.deposited();
            case NOTIFICATION -> {
                if (i.notified() != null) {
                    yield i.notified();
                }
                warnings.add(i.state() + ": notification of the " + label(i.type()) + " deposited " + i.deposited()
                        + " not recorded; deposit date used");
                yield i.deposited();
            }
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String label(InstrumentType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
