package uk.joinedup.caseservice.views.subjectaccess;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessLogSearch;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.accesslog.LoggedAccess;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.NamesPeople;
import uk.joinedup.caseservice.chronology.Amendment;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.consent.record.ConsentRecord;
import uk.joinedup.caseservice.consent.record.ConsentRecords;
import uk.joinedup.caseservice.emergency.record.OverrideRecord;
import uk.joinedup.caseservice.emergency.record.OverrideRecords;
import uk.joinedup.caseservice.family.membership.Memberships;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.subjectaccess.api.AccessLogEntry;
import uk.joinedup.caseservice.subjectaccess.api.GetSubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.api.HeldFamily;
import uk.joinedup.caseservice.subjectaccess.api.HeldIdentity;
import uk.joinedup.caseservice.subjectaccess.api.HeldItem;
import uk.joinedup.caseservice.subjectaccess.api.IsRedactedItem;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestId;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestRecords;
import uk.joinedup.caseservice.subjectaccess.record.SubjectAccessRequestView;
import uk.joinedup.caseservice.views.subjectaccess.Redactor.Overridden;

/**
 * Answers {@link GetSubjectAccessResponse}: assembles everything held about the request's person as it stands,
 * redacts other people's information ({@link Redactor}) with the officer's overrides, and logs the view before
 * answering. It reads by {@code _id} only: the request, the person, their memberships, every family they have
 * been in, those families' members, their consents and overrides; and the access log through its person index.
 *
 * <p>This is the one query handler that does not disclose through the sharing policy (ADR 32): the response is
 * the person's own information, released to them by the council as one controller, and the officer who
 * assembles it needs all of it to decide what to redact. The view is logged on the basis {@code SUBJECT_ACCESS}.
 */
@Component
class SubjectAccessQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};
    /** Fields of the stored records that are bookkeeping, not information about anyone. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "history", "personId");

    private final SubjectAccessRequestRecords requests;
    private final PersonRecords people;
    private final Memberships memberships;
    private final FamilyRecords families;
    private final ConsentRecords consents;
    private final OverrideRecords overrides;
    private final AccessLogSearch accessLogSearch;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final Clock clock;

    SubjectAccessQueries(
            SubjectAccessRequestRecords requests,
            PersonRecords people,
            Memberships memberships,
            FamilyRecords families,
            ConsentRecords consents,
            OverrideRecords overrides,
            AccessLogSearch accessLogSearch,
            AccessLog accessLog,
            ObjectMapper json,
            Clock clock) {
        this.requests = requests;
        this.people = people;
        this.memberships = memberships;
        this.families = families;
        this.consents = consents;
        this.overrides = overrides;
        this.accessLogSearch = accessLogSearch;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    @QueryHandler
    Optional<SubjectAccessResponse> handle(GetSubjectAccessResponse query) {
        return assemble(query.requestId()).map(assembled -> {
            accessLog.append(new AccessRecord(
                    assembled.response().assembledAt(),
                    query.viewer().userId(),
                    query.viewer().name(),
                    query.viewer().agency(),
                    Viewed.SUBJECT_ACCESS,
                    assembled.response().personId(),
                    assembled.people(),
                    assembled.shown(),
                    Map.of(),
                    List.of(query.requestId().value()),
                    null));
            return assembled.response();
        });
    }

    /** Whether the response as it stands redacts the item, overridden or not. Nothing is shown: not logged. */
    @QueryHandler
    Boolean handle(IsRedactedItem query) {
        return assemble(query.requestId())
                .map(assembled -> items(assembled.response())
                        .anyMatch(item -> item.itemId().equals(query.itemId()) && item.redaction() != null))
                .orElse(false);
    }

    private Optional<Assembled> assemble(SubjectAccessRequestId requestId) {
        return requests.view(requestId.value(), LocalDate.ofInstant(clock.instant(), UK))
                .flatMap(request -> people.find(request.personId()).map(person -> assemble(request, person)));
    }

    /** Every item of a response that can be redacted: all but the identity details and the access log. */
    private static Stream<HeldItem> items(SubjectAccessResponse response) {
        return Stream.of(
                        response.identity().history().stream(),
                        response.facts().stream(),
                        response.families().stream().flatMap(family -> family.items().stream()),
                        response.consents().stream(),
                        response.emergencyAccess().stream())
                .flatMap(items -> items);
    }

    /**
     * A response as assembled, with what logging it needs.
     *
     * @param people everyone whose information was read: the person and the others in it
     * @param shown every category read, on the basis of subject access
     */
    private record Assembled(
            SubjectAccessResponse response, Set<String> people, Map<InformationCategory, Set<Basis>> shown) {}

    private Assembled assemble(SubjectAccessRequestView request, PersonRecord person) {
        Instant now = clock.instant();
        String subjectId = person.personId();
        List<FamilyRecord> theirFamilies = families.findAll(memberships.everyFamilyOf(subjectId)).stream()
                .sorted(Comparator.comparing(FamilyRecord::familyId))
                .toList();
        Set<String> otherIds = new LinkedHashSet<>();
        theirFamilies.forEach(family -> family.members().keySet().stream()
                .filter(id -> !id.equals(subjectId))
                .sorted()
                .forEach(otherIds::add));
        Map<String, PersonRecord> others = new LinkedHashMap<>();
        people.findAll(otherIds).stream()
                .sorted(Comparator.comparing(PersonRecord::personId))
                .forEach(other -> others.put(other.personId(), other));
        // anyone a fact of theirs names, besides the families' members, is someone else too
        Set<String> named = new LinkedHashSet<>();
        person.entries().values().forEach(entry -> named.addAll(namedIn(entry)));
        named.removeAll(others.keySet());
        named.remove(subjectId);
        people.findAll(named).forEach(other -> others.put(other.personId(), other));

        Map<String, Overridden> overridden = new LinkedHashMap<>();
        request.overrides()
                .forEach((itemId, override) -> overridden.put(itemId, new Overridden(override.note(), override.by())));
        Redactor redactor = new Redactor(
                personOf(person),
                others.values().stream().map(SubjectAccessQueries::personOf).toList(),
                overridden);

        List<HeldItem> history = entries(person).stream()
                .filter(entry -> entry.category() == InformationCategory.IDENTITY)
                .map(entry -> redactor.redact(held(person.personId(), entry)))
                .toList();
        List<HeldItem> facts = entries(person).stream()
                .filter(entry -> entry.category() != InformationCategory.IDENTITY)
                .map(entry -> redactor.redact(held(person.personId(), entry)))
                .toList();
        List<HeldFamily> heldFamilies = theirFamilies.stream()
                .map(family -> heldFamily(family, subjectId, others, redactor))
                .toList();
        List<HeldItem> heldConsents = consents.of(subjectId).stream()
                .sorted(Comparator.comparing(ConsentRecord::recordedAt).reversed())
                .map(consent -> redactor.redact(consent(consent, subjectId)))
                .toList();
        List<HeldItem> emergencyAccess = overrides.of(subjectId).stream()
                .map(override -> redactor.redact(emergency(override, subjectId)))
                .toList();
        List<AccessLogEntry> accessLogEntries =
                accessLogSearch.forPerson(subjectId, registeredOn(person), LocalDate.ofInstant(now, UK)).stream()
                        .map(SubjectAccessQueries::accessLogEntry)
                        .toList();

        int redactions = (int) Stream.of(
                        history.stream(),
                        facts.stream(),
                        heldFamilies.stream().flatMap(family -> family.items().stream()),
                        heldConsents.stream(),
                        emergencyAccess.stream())
                .flatMap(items -> items)
                .filter(Redactor::redacted)
                .count();

        Set<String> everyone = new LinkedHashSet<>();
        everyone.add(subjectId);
        everyone.addAll(others.keySet());
        PersonDetails details = person.details();
        SubjectAccessResponse response = new SubjectAccessResponse(
                new SubjectAccessRequestId(request.requestId()),
                subjectId,
                request.receivedOn(),
                request.dueBy(),
                request.originalDueBy(),
                request.extensions(),
                request.status().name(),
                request.version(),
                now,
                new HeldIdentity(
                        details.name().givenNames(),
                        details.name().familyName(),
                        details.dateOfBirth(),
                        details.sexOrGender() == null
                                ? null
                                : details.sexOrGender().name(),
                        address(details.address()),
                        identifiers(details.identifiers()),
                        person.dateOfDeath(),
                        person.registeredByName(),
                        history),
                facts,
                heldFamilies,
                heldConsents,
                emergencyAccess,
                accessLogEntries,
                redactions);
        return new Assembled(response, everyone, shownOnSubjectAccess(person, others.values(), theirFamilies));
    }

    private static List<ChronologyEntry> entries(PersonRecord person) {
        return person.entries().values().stream()
                .sorted(ChronologyEntry.NEWEST_FIRST.thenComparing(ChronologyEntry::entryId))
                .toList();
    }

    /** An entry of a person's record, as held about them. */
    private Held held(String personId, ChronologyEntry entry) {
        return new Held(
                HeldItem.idFor("person:" + personId + ":" + entry.entryId()),
                entry.kind(),
                entry.occurredOn(),
                entry.owningAgencyName(),
                entry.category() == null ? null : entry.category().name(),
                entry.personId() == null ? personId : entry.personId(),
                content(entry));
    }

    /** An entry of a family's record: about one member, or about the family as a whole (no one in particular). */
    private Held held(FamilyRecord family, ChronologyEntry entry) {
        return new Held(
                HeldItem.idFor("family:" + family.familyId() + ":" + entry.entryId()),
                entry.kind(),
                entry.occurredOn(),
                entry.owningAgencyName(),
                entry.category() == null ? null : entry.category().name(),
                entry.personId(),
                content(entry));
    }

    /** What an entry says: its fact's fields or its details, and each correction or retraction. */
    private Map<String, String> content(ChronologyEntry entry) {
        Map<String, String> content = new LinkedHashMap<>();
        if (entry.fact() != null) {
            content.putAll(flatten(entry.fact()));
        }
        content.putAll(entry.details());
        content.put("recordedByPractitioner", entry.recordedBy());
        for (int i = 0; i < entry.amendments().size(); i++) {
            Amendment amendment = entry.amendments().get(i);
            String prefix = "amendment." + (i + 1) + ".";
            content.put(prefix + "kind", amendment.kind());
            content.put(prefix + "reason", amendment.reason());
            content.put(prefix + "by", amendment.by());
            if (amendment.previousOccurredOn() != null) {
                content.put(
                        prefix + "previousOccurredOn",
                        amendment.previousOccurredOn().toString());
            }
            if (amendment.previousFact() != null) {
                flatten(amendment.previousFact())
                        .forEach((field, value) -> content.put(prefix + "previous." + field, value));
            }
        }
        if (entry.retracted()) {
            content.put("retracted", "true");
        }
        content.values().removeIf(value -> value == null);
        return content;
    }

    private HeldFamily heldFamily(
            FamilyRecord family, String subjectId, Map<String, PersonRecord> others, Redactor redactor) {
        FamilyRecord.Member membership = family.members().get(subjectId);
        String prefix = "family:" + family.familyId() + ":";
        List<Held> held = new ArrayList<>();
        family.members().values().stream()
                .filter(member -> !member.personId().equals(subjectId))
                .sorted(Comparator.comparing(FamilyRecord.Member::personId))
                .forEach(member -> {
                    Map<String, String> content = new LinkedHashMap<>(flatten(member));
                    PersonRecord other = others.get(member.personId());
                    if (other != null) {
                        content.put("name", other.details().name().fullName());
                        content.put("dateOfBirth", other.details().dateOfBirth().toString());
                    }
                    held.add(new Held(
                            HeldItem.idFor(prefix + "member:" + member.personId()),
                            "FamilyMember",
                            member.joinedOn(),
                            null,
                            InformationCategory.FAMILY.name(),
                            member.personId(),
                            content));
                });
        family.entries().values().forEach(entry -> held.add(held(family, entry)));
        family.members().keySet().stream()
                .filter(id -> !id.equals(subjectId))
                .map(others::get)
                .filter(other -> other != null)
                .flatMap(other -> other.entries().values().stream().map(entry -> held(other.personId(), entry)))
                .forEach(held::add);
        family.referrals()
                .values()
                .forEach(referral -> held.add(casework(
                        prefix + "referral:" + referral.referralId(), "Referral", referral.receivedOn(), referral)));
        family.assessments()
                .forEach(assessment -> held.add(casework(
                        prefix + "assessment:" + assessment.assessmentId(),
                        "Assessment",
                        assessment.completedOn(),
                        assessment)));
        if (family.plan() != null) {
            held.add(casework(
                    prefix + "plan:" + family.plan().planId(),
                    "SupportPlan",
                    family.plan().agreedOn(),
                    family.plan()));
        }
        family.reviews()
                .forEach(review ->
                        held.add(casework(prefix + "review:" + review.reviewId(), "Review", review.heldOn(), review)));
        family.conferences()
                .forEach(conference -> held.add(casework(
                        prefix + "conference:" + conference.conferenceId(),
                        "CaseConference",
                        conference.heldOn(),
                        conference)));
        List<HeldItem> items = held.stream()
                .sorted(Comparator.comparing(
                                Held::occurredOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .reversed()
                        .thenComparing(Held::itemId))
                .map(redactor::redact)
                .toList();
        return new HeldFamily(
                family.familyId(),
                family.name(),
                membership == null ? null : membership.relationship().name(),
                membership == null ? null : membership.joinedOn(),
                membership == null ? null : membership.leftOn(),
                (int) family.members().keySet().stream()
                        .filter(id -> !id.equals(subjectId))
                        .count(),
                items);
    }

    /** Family casework (a referral, an assessment, a plan, a review, a conference): about the family as a whole. */
    private Held casework(String itemId, String kind, LocalDate on, Object record) {
        return new Held(
                HeldItem.idFor(itemId), kind, on, null, InformationCategory.CASE_NOTE.name(), null, flatten(record));
    }

    private Held consent(ConsentRecord consent, String subjectId) {
        return new Held(
                HeldItem.idFor("consent:" + consent.consentId()),
                "Consent",
                consent.validFrom(),
                consent.recordedByAgencyName(),
                null,
                subjectId,
                flatten(consent));
    }

    private Held emergency(OverrideRecord override, String subjectId) {
        return new Held(
                HeldItem.idFor("emergency:" + override.overrideId()),
                "EmergencyOverride",
                LocalDate.ofInstant(override.from(), UK),
                override.agencyName(),
                null,
                subjectId,
                flatten(override));
    }

    private static AccessLogEntry accessLogEntry(LoggedAccess record) {
        return new AccessLogEntry(
                record.sequence(),
                record.at(),
                record.userName(),
                record.agency(),
                record.what(),
                record.shown(),
                record.withheld());
    }

    /** The person ids a fact names (a parent link), besides the person it is on. */
    private static List<String> namedIn(ChronologyEntry entry) {
        return entry.fact() instanceof NamesPeople naming ? naming.people() : List.of();
    }

    private static Person personOf(PersonRecord person) {
        PersonDetails details = person.details();
        List<String> names = new ArrayList<>();
        names.add(details.name().fullName());
        names.add(details.name().givenNames());
        names.addAll(List.of(details.name().givenNames().strip().split("\\s+")));
        return new Person(
                person.personId(),
                names.stream().distinct().toList(),
                List.copyOf(identifiers(details.identifiers()).values()));
    }

    /** An address as one line, as it is written: its lines, town and postcode, then its UPRN if known. */
    private static String address(Address address) {
        if (address == null) {
            return null;
        }
        return Stream.of(
                        address.line1(),
                        address.line2(),
                        address.town(),
                        address.postcode(),
                        address.uprn() == null ? null : "UPRN " + address.uprn())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> identifiers(PersonIdentifiers identifiers) {
        Map<String, String> found = new LinkedHashMap<>();
        if (identifiers == null) {
            return found;
        }
        if (identifiers.nhsNumber() != null) {
            found.put("nhsNumber", identifiers.nhsNumber().toString());
        }
        if (identifiers.nationalInsuranceNumber() != null) {
            found.put(
                    "nationalInsuranceNumber",
                    identifiers.nationalInsuranceNumber().toString());
        }
        if (identifiers.uniquePupilNumber() != null) {
            found.put("uniquePupilNumber", identifiers.uniquePupilNumber().toString());
        }
        return found;
    }

    /** The UK day the person was registered: the access log is searched from it. */
    private static LocalDate registeredOn(PersonRecord person) {
        ChronologyEntry registered = person.entries().get(PersonRecord.REGISTERED);
        return registered == null ? LocalDate.of(2000, 1, 1) : LocalDate.ofInstant(registered.recordedAt(), UK);
    }

    /** Every category the assembly read, each shown on the basis of subject access. */
    private static Map<InformationCategory, Set<Basis>> shownOnSubjectAccess(
            PersonRecord person, Collection<PersonRecord> others, List<FamilyRecord> theirFamilies) {
        Map<InformationCategory, Set<Basis>> shown = new EnumMap<>(InformationCategory.class);
        Stream.concat(
                        Stream.concat(Stream.of(person), others.stream())
                                .flatMap(record -> record.entries().values().stream()),
                        theirFamilies.stream().flatMap(family -> family.entries().values().stream()))
                .map(ChronologyEntry::category)
                .filter(category -> category != null)
                .forEach(category -> shown.put(category, EnumSet.of(Basis.SUBJECT_ACCESS)));
        return shown;
    }

    /** A record's fields as text, nested ones by dotted path, in a fixed order; nulls left out. */
    private Map<String, String> flatten(Object record) {
        Map<String, Object> fields = json.convertValue(record, FIELDS);
        Map<String, String> flat = new TreeMap<>();
        flatten("", fields, flat);
        BOOKKEEPING.forEach(flat::remove);
        return flat;
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(prefix + key + ".", inner, flat));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + (i + 1) + ".", list.get(i), flat);
            }
            return;
        }
        flat.put(prefix.substring(0, prefix.length() - 1), String.valueOf(value));
    }
}
