package uk.joinedup.caseservice.views.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.emergency.record.OverrideRecords;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.Member;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Gathers, for one request, what the sharing policy needs: the viewer at this moment, the agreements in
 * force, and for each person their consents and overrides as they stand now. Read at query time, so a
 * withdrawal, an expiry or an override's end applies to the very next request.
 */
@Component
class CaseFileSharing {

    private final ConsentRecords consents;
    private final OverrideRecords overrides;
    private final AgreementRecords agreements;
    private final SharingProtocol protocol;
    private final Clock clock;

    CaseFileSharing(
            ConsentRecords consents,
            OverrideRecords overrides,
            AgreementRecords agreements,
            @Value("${joinedup.sharing.agreements-may-open-special-category:false}")
                    boolean agreementsMayOpenSpecialCategory,
            Clock clock) {
        this.consents = consents;
        this.overrides = overrides;
        this.agreements = agreements;
        this.protocol = new SharingProtocol(agreementsMayOpenSpecialCategory);
        this.clock = clock;
    }

    Viewer viewer(Actor actor) {
        return Viewer.of(actor, clock.instant());
    }

    /** The policy under the agreements in force now. */
    Disclosure disclosure() {
        return new Disclosure(new SharingPolicy(agreements.current(), protocol));
    }

    /** A person as the viewer relates to them through the households they are in now. */
    Subject person(Viewer viewer, PersonRecord person, Collection<FamilyRecord> theirFamilies) {
        WorkingRelationship relationship = WorkingRelationship.NONE;
        for (FamilyRecord family : theirFamilies) {
            relationship = relationship.closer(family.relationshipTo(person.personId(), viewer));
        }
        return subject(person, relationship);
    }

    /** A member of a family as the viewer relates to them through that family. */
    Subject member(Viewer viewer, FamilyRecord family, PersonRecord member) {
        return subject(member, family.relationshipTo(member.personId(), viewer));
    }

    /**
     * A family as a whole: its casework goes by the viewer's relationship to it; free text describing a
     * category (assessment evidence) may be opened by any current member's consent.
     */
    Subject family(Viewer viewer, FamilyRecord family, Collection<PersonRecord> currentMembers) {
        List<ConsentTerms> theirConsents = new ArrayList<>();
        currentMembers.forEach(member -> theirConsents.addAll(consents.termsOf(member.personId())));
        return new Subject(family.relationshipOf(viewer), null, theirConsents, List.of());
    }

    /**
     * A member's entries from while they were in the family (all of them while they still are; none after the day
     * they left), and how the policy discloses them to the viewer, who relates to the member through the family as
     * it is today.
     */
    MemberEntries whileMember(
            Viewer viewer, Disclosure disclosure, FamilyRecord current, Member member, PersonRecord person) {
        List<ChronologyEntry> entries = person.entries().values().stream()
                .filter(entry -> member.leftOn() == null || !entry.occurredOn().isAfter(member.leftOn()))
                .toList();
        Subject subject = member(viewer, current, person);
        return new MemberEntries(
                entries, disclosure.disclose(viewer, entries, entry -> subject, CaseFileQueries::shared));
    }

    /** A member's entries from while they were in the family, and what of them the viewer is shown. */
    record MemberEntries(List<ChronologyEntry> entries, Disclosed<ChronologyEntry> disclosed) {}

    private Subject subject(PersonRecord person, WorkingRelationship relationship) {
        String personId = person.personId();
        return new Subject(
                relationship, person.details().dateOfBirth(), consents.termsOf(personId), overrides.accessTo(personId));
    }
}
