package uk.joinedup.caseservice.views.casefile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.consent.record.ConsentRecord;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.consent.record.ConsentWording;
import uk.joinedup.caseservice.family.membership.Memberships;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.casefile.ConsentsView.AgencyName;
import uk.joinedup.caseservice.views.casefile.ConsentsView.ConsentView;

/**
 * Answers a person's consents page. Consents are the administration of sharing: the policy shows them
 * to information-governance officers, to practitioners who work with the person (lead professional,
 * team member, case manager) and to the agency that recorded them, as they relate to the person today.
 * Status and the summary sentence are worked out for today.
 */
@Component
class ConsentQueries {

    private final PersonRecords people;
    private final FamilyRecords families;
    private final Memberships memberships;
    private final ConsentRecords consents;
    private final CaseFileSharing sharing;

    ConsentQueries(
            PersonRecords people,
            FamilyRecords families,
            Memberships memberships,
            ConsentRecords consents,
            CaseFileSharing sharing) {
        this.people = people;
        this.families = families;
        this.memberships = memberships;
        this.consents = consents;
        this.sharing = sharing;
    }

    @QueryHandler
    Optional<ConsentsView> handle(GetConsents query) {
        return people.find(query.personId()).map(person -> view(person, query));
    }

    private ConsentsView view(PersonRecord person, GetConsents query) {
        Viewer viewer = sharing.viewer(query.viewer());
        List<FamilyRecord> theirFamilies = families.findAll(memberships.currentFamiliesOf(person.personId()));
        Subject subject = sharing.person(viewer, person, theirFamilies);
        List<ConsentRecord> all = consents.of(person.personId());
        Disclosed<ConsentRecord> disclosed =
                Disclosure.withoutAgreements().disclose(viewer, all, consent -> subject, ConsentQueries::shared);
        AgencyNames names = new AgencyNames(person, theirFamilies);
        all.forEach(consent -> names.add(consent.recordedBy(), consent.recordedByAgencyName()));
        List<ConsentView> visible = disclosed.visible().stream()
                .map(consent -> view(consent, viewer, names))
                .toList();
        return new ConsentsView(person.personId(), visible, disclosed.withheldCount());
    }

    private static ConsentView view(ConsentRecord consent, Viewer viewer, AgencyNames names) {
        return new ConsentView(
                consent.consentId(),
                consent.statusOn(viewer.today()),
                ConsentWording.sentence(consent, viewer.today(), names::of),
                consent.givenBy(),
                consent.giverName(),
                consent.recipients().stream()
                        .map(agency -> new AgencyName(agency, names.of(agency)))
                        .sorted(Comparator.comparing(AgencyName::name))
                        .toList(),
                consent.categories(),
                consent.purpose(),
                consent.validFrom(),
                consent.validUntil(),
                consent.evidence(),
                consent.evidenceNote(),
                consent.recordedByName(),
                consent.recordedBy(),
                consent.recordedByAgencyName(),
                consent.recordedAt(),
                consent.withdrawnOn(),
                consent.withdrawalReason(),
                consent.history());
    }

    /** A consent is a sharing record of the agency that recorded it. */
    private static SharedEntry shared(ConsentRecord consent) {
        return SharedEntry.sharingRecord(consent.recordedBy(), consent.recordedByAgencyKind(), consent.validFrom());
    }
}
