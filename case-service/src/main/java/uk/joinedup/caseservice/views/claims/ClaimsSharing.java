package uk.joinedup.caseservice.views.claims;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agreement.record.AgreementRecords;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.emergency.record.OverrideRecords;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.EmergencyAccess;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * What the sharing policy needs for the claims page, read at query time: the viewer looking for {@link
 * Purpose#OUTCOMES} (ADR 21), the agreements in force now, and a member's consents and overrides as they stand.
 */
@Component
class ClaimsSharing {

    private final ConsentRecords consents;
    private final OverrideRecords overrides;
    private final AgreementRecords agreements;
    private final SharingProtocol protocol;
    private final Clock clock;

    ClaimsSharing(
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

    /** The signed-in user, now, measuring outcomes. */
    Viewer viewer(Actor actor) {
        return Viewer.of(actor, clock.instant()).forPurpose(Purpose.OUTCOMES);
    }

    /** The policy under the agreements in force now. */
    Disclosure disclosure() {
        return new Disclosure(new SharingPolicy(agreements.current(), protocol));
    }

    /** The consents and overrides of these people as they stand, read together. */
    Held held(Collection<String> personIds) {
        return new Held(consents.termsOfEach(personIds), overrides.accessToEach(personIds));
    }

    /** A member of a family as the viewer relates to them through that family, with what is held of them. */
    Subject member(Viewer viewer, FamilyRecord family, PersonRecord member, Held held) {
        String personId = member.personId();
        return new Subject(
                family.relationshipTo(personId, viewer),
                member.details().dateOfBirth(),
                held.consents().getOrDefault(personId, List.of()),
                held.overrides().getOrDefault(personId, List.of()));
    }

    /** People's consents and overrides by person id, as read together. */
    record Held(Map<String, List<ConsentTerms>> consents, Map<String, List<EmergencyAccess>> overrides) {}
}
