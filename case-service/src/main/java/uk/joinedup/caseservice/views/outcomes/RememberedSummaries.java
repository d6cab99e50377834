package uk.joinedup.caseservice.views.outcomes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Interner;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Summaries as last made, each kept with the converted record it was made from (a person, or a family) and what
 * else it depends on. A person's facts, consents and overrides change only by a new version of their bucket,
 * which is converted into new {@link OutcomePerson}s; a family only by a new version of its record: the old
 * ones, and their summaries, are then let go (weak keys, compared by identity), so a summary is never read
 * against a changed record. A summary must not refer to its record, or the record would never be let go.
 *
 * @param <R> what summaries are kept with
 */
final class RememberedSummaries<R> {

    /**
     * Keys kept a record: a day's few viewers and periods, each by footing and by decisions; a new day's summaries
     * push out the old.
     */
    private static final int KEYS_A_RECORD = 16;

    private static final Interner<Key> KEYS = Interner.newWeakInterner();

    /**
     * Every instance's summaries, so that an erasure forgets them all at once: a family's summary holds its members
     * as converted, and lives as long as the family's record is unchanged.
     */
    private static final Set<RememberedSummaries<?>> EVERY =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final Cache<R, Map<Object, Object>> byRecord =
            Caffeine.newBuilder().weakKeys().build();

    RememberedSummaries() {
        EVERY.add(this);
    }

    /**
     * Forgets every summary of every instance: someone was erased, and summaries made from them or their family
     * must not outlive the purge. Erasures are rare; the summaries are made again on the next request.
     */
    static void forgetAll() {
        synchronized (EVERY) {
            EVERY.forEach(summaries -> summaries.byRecord.invalidateAll());
        }
    }

    /** The summary made of this record under this key ({@link Key} or {@link Decided}), or null. */
    Object remembered(R record, Object key) {
        Map<Object, Object> theirs = byRecord.getIfPresent(record);
        return theirs == null ? null : theirs.get(key);
    }

    void remember(R record, Object key, Object summary) {
        Map<Object, Object> theirs = byRecord.get(record, any -> new ConcurrentHashMap<>());
        if (theirs.size() >= KEYS_A_RECORD) {
            theirs.clear();
        }
        theirs.put(key, summary);
    }

    /**
     * A summary's key by what the policy decided of each of the person's facts (their order as filed) for
     * whichever viewer: a person's summary is made from those decisions alone, so viewers the policy decided the
     * same for share it (another manager, the same manager the next day).
     */
    record Decided(List<Decision> decisions, Object summary) {

        Decided {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * The one key equal to these: a request asks with the instances earlier requests stored, so looking up each
     * of its people compares no more than references.
     *
     * @param relationship how the viewer works with the person; null for a family, whose members' relationships
     *     follow from the family and the footing
     */
    static Key key(Footing footing, WorkingRelationship relationship, Object summary) {
        return KEYS.intern(new Key(footing, relationship, summary));
    }

    /** Everything besides the person a summary depends on; its hash is computed once. */
    static final class Key {

        private final Footing footing;
        private final WorkingRelationship relationship;
        private final Object summary;
        private final int hash;

        Key(Footing footing, WorkingRelationship relationship, Object summary) {
            this.footing = footing;
            this.relationship = relationship;
            this.summary = summary;
            this.hash = Objects.hash(footing, relationship, summary);
        }

        @Override
        public boolean equals(Object other) {
            return this == other
                    || (other instanceof Key that
                            && hash == that.hash
                            && footing.equals(that.footing)
                            && Objects.equals(relationship, that.relationship)
                            && summary.equals(that.summary));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The viewer as the policy judges a view for the outcomes purpose (by the day: the only rule timed to the
     * moment, an emergency override, is no basis for measuring outcomes, ADR 21) and the agreements in force.
     * Its hash is computed once, as it is the same for every person of a request.
     */
    static final class Footing {

        private final String userId;
        private final AgencyId agency;
        private final AgencyKind agencyKind;
        private final Set<Role> roles;
        private final LocalDate today;
        private final Purpose purpose;
        private final List<AgreementTerms> agreements;
        private final int hash;

        Footing(Viewer viewer, List<AgreementTerms> agreements) {
            this.userId = viewer.userId();
            this.agency = viewer.agency();
            this.agencyKind = viewer.agencyKind();
            this.roles = viewer.roles();
            this.today = viewer.today();
            this.purpose = viewer.purpose();
            this.agreements = List.copyOf(agreements);
            this.hash = Objects.hash(userId, agency, agencyKind, roles, today, purpose, this.agreements);
        }

        @Override
        public boolean equals(Object other) {
            return this == other
                    || (other instanceof Footing that
                            && userId.equals(that.userId)
                            && agency.equals(that.agency)
                            && Objects.equals(agencyKind, that.agencyKind)
                            && roles.equals(that.roles)
                            && today.equals(that.today)
                            && purpose == that.purpose
                            && agreements.equals(that.agreements));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
