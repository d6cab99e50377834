package uk.joinedup.caseservice.views.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.EmergencyAccess;

/**
 * A person as the outcomes dashboard reads them, kept by {@link OutcomeFactsProjection} in their bucket and
 * changed only by these pure functions: name and date of birth, live facts in the order the dashboard reads
 * them (business date, then when recorded, then id), and every consent and emergency override on their record.
 *
 * @param versions the last event applied of each aggregate that changes them (the person, each consent, each
 *     override), by aggregate id: an event at or below it has been applied already
 * @param entries live facts, ordered
 * @param consents every consent on their record, newest recorded first
 * @param overrides every emergency override of their record, latest first
 */
record OutcomePerson(
        String personId,
        String name,
        LocalDate dateOfBirth,
        Map<String, Long> versions,
        List<OutcomeEntry> entries,
        List<HeldConsent> consents,
        List<EmergencyAccess> overrides) {

    static final Comparator<OutcomeEntry> READING_ORDER = Comparator.comparing(OutcomeEntry::occurredOn)
            .thenComparing(OutcomeEntry::recordedAt)
            .thenComparing(OutcomeEntry::entryId);
    private static final Comparator<HeldConsent> NEWEST_FIRST = Comparator.comparing(HeldConsent::recordedAt)
            .thenComparing(consent -> consent.terms().validFrom())
            .thenComparing(consent -> consent.terms().consentId())
            .reversed();
    private static final Comparator<EmergencyAccess> LATEST_FIRST = Comparator.comparing(EmergencyAccess::from)
            .thenComparing(EmergencyAccess::overrideId)
            .reversed();

    OutcomePerson {
        versions = versions == null ? Map.of() : Map.copyOf(versions);
        entries = entries == null ? List.of() : List.copyOf(entries);
        consents = consents == null ? List.of() : List.copyOf(consents);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A consent's terms and when it was recorded, which orders consents as the consent records do. */
    record HeldConsent(ConsentTerms terms, Instant recordedAt) {}

    static OutcomePerson nobody(String personId) {
        return new OutcomePerson(personId, null, null, Map.of(), List.of(), List.of(), List.of());
    }

    /** Whether an event of this aggregate at this sequence number has been applied already. */
    boolean applied(String aggregateId, long sequence) {
        Long last = versions.get(aggregateId);
        return last != null && last >= sequence;
    }

    OutcomePerson named(String newName, LocalDate newDateOfBirth) {
        return new OutcomePerson(personId, newName, newDateOfBirth, versions, entries, consents, overrides);
    }

    OutcomePerson withEntry(OutcomeEntry entry) {
        List<OutcomeEntry> changed = new ArrayList<>(entries);
        changed.removeIf(one -> one.entryId().equals(entry.entryId()));
        changed.add(entry);
        changed.sort(READING_ORDER);
        return new OutcomePerson(personId, name, dateOfBirth, versions, changed, consents, overrides);
    }

    OutcomePerson changedEntry(String entryId, UnaryOperator<OutcomeEntry> change) {
        return entries.stream()
                .filter(entry -> entry.entryId().equals(entryId))
                .findFirst()
                .map(entry -> withEntry(change.apply(entry)))
                .orElse(this);
    }

    OutcomePerson withoutEntry(String entryId) {
        List<OutcomeEntry> changed = new ArrayList<>(entries);
        changed.removeIf(one -> one.entryId().equals(entryId));
        return new OutcomePerson(personId, name, dateOfBirth, versions, changed, consents, overrides);
    }

    OutcomePerson withConsent(HeldConsent consent) {
        List<HeldConsent> changed = new ArrayList<>(consents);
        changed.removeIf(one -> one.terms().consentId().equals(consent.terms().consentId()));
        changed.add(consent);
        changed.sort(NEWEST_FIRST);
        return new OutcomePerson(personId, name, dateOfBirth, versions, entries, changed, overrides);
    }

    OutcomePerson withOverride(EmergencyAccess access) {
        List<EmergencyAccess> changed = new ArrayList<>(overrides);
        changed.removeIf(one -> one.overrideId().equals(access.overrideId()));
        changed.add(access);
        changed.sort(LATEST_FIRST);
        return new OutcomePerson(personId, name, dateOfBirth, versions, entries, consents, changed);
    }

    OutcomePerson at(String aggregateId, long sequence) {
        Map<String, Long> changed = new HashMap<>(versions);
        changed.put(aggregateId, sequence);
        return new OutcomePerson(personId, name, dateOfBirth, changed, entries, consents, overrides);
    }
}
