package uk.joinedup.caseservice.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.Samples;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.sharing.AgreementTerms;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.ConsentTerms;
import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.EmergencyAccess;
import uk.joinedup.caseservice.sharing.LawfulBasis;
import uk.joinedup.caseservice.sharing.Party;
import uk.joinedup.caseservice.sharing.Purpose;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.SharingProtocol;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;
import uk.joinedup.caseservice.sharing.WorkingRelationshipKind;

/**
 * Generates a caseload at random through the real API (people, households, teams, facts from six
 * agencies, consents given, expired and withdrawn, sharing agreements, emergency overrides), then asks
 * for every person and family as every practitioner, and checks each answer against the sharing policy
 * evaluated directly on what the test itself recorded: exactly the entries with a basis are shown, and
 * none without. The seed is logged; rerun one with {@code -Ddisclosure.seed=…}.
 */
class RandomisedDisclosureIT extends ApiIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(RandomisedDisclosureIT.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Duration OVERRIDE = Duration.ofHours(24);
    private static final Actor HEALTH_VISITOR = new Actor(
            "nina.shah",
            "Nina Shah",
            new AgencyId("solent-nhs"),
            "Solent NHS Trust",
            AgencyKind.HEALTH,
            Set.of(Role.KEYWORKER));

    /** The practitioners who may be put on a team (they are in the stand-in staff directory). */
    private static final List<Actor> TEAM_CANDIDATES =
            List.of(probationKeyworker(), housingOfficer(), jobcentreAdviser(), policeOfficer());

    private static final List<Actor> RECORDERS = List.of(
            probationKeyworker(),
            housingOfficer(),
            earlyHelpKeyworker(),
            jobcentreAdviser(),
            policeOfficer(),
            HEALTH_VISITOR);

    private static final List<Actor> VIEWERS = List.of(
            probationKeyworker(),
            housingOfficer(),
            earlyHelpKeyworker(),
            earlyHelpManager(),
            jobcentreAdviser(),
            policeOfficer(),
            policeManager(),
            HEALTH_VISITOR,
            igOfficer());

    @Autowired
    private ObjectMapper mapper;

    private final LocalDate today = LocalDate.now(UK);
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Family> families = new LinkedHashMap<>();
    private final List<AgreementTerms> agreements = new ArrayList<>();
    private final Map<String, Integer> decided = new java.util.TreeMap<>();
    private Random random;

    /**
     * A caseload drawn at random may happen to give no consent or agreement anything to open; then a
     * further caseload is drawn (from the next seed), up to {@value #CASELOADS} of them, so the test never
     * passes without having exercised sharing. Agreements stay registered between caseloads, so the
     * policy keeps them too.
     */
    private static final int CASELOADS = 3;

    @Test
    void everyAnswerShowsExactlyWhatThePolicyAllows() {
        long first = Long.getLong("disclosure.seed", System.nanoTime());
        for (long seed = first; seed < first + CASELOADS; seed++) {
            people.clear();
            families.clear();
            decided.clear();
            checkCaseload(seed);
            if (exercisedSharing()) {
                break;
            }
        }
        assertThat(decided.keySet())
                .as(
                        "seeds from %d: the caseload exercised sharing by consent or agreement, and withholding for want of it",
                        first)
                .containsAnyOf("CONSENT", "SHARING_AGREEMENT")
                .containsAnyOf("NO_CONSENT", "NO_EXPLICIT_CONSENT")
                .contains("OWN_AGENCY", "NO_RELATIONSHIP");
    }

    private boolean exercisedSharing() {
        return (decided.containsKey("CONSENT") || decided.containsKey("SHARING_AGREEMENT"))
                && (decided.containsKey("NO_CONSENT") || decided.containsKey("NO_EXPLICIT_CONSENT"))
                && decided.containsKey("OWN_AGENCY")
                && decided.containsKey("NO_RELATIONSHIP");
    }

    private void checkCaseload(long seed) {
        log.info("Randomised disclosure test, seed {}", seed);
        random = new Random(seed);

        for (int f = 0; f < 3; f++) {
            buildFamily("Random family " + f, 2 + random.nextInt(2));
        }
        people.values().forEach(this::recordFacts);
        people.values().forEach(this::recordConsents);
        registerAgreements();
        breakGlass();

        SharingPolicy policy = new SharingPolicy(agreements, SharingProtocol.DEFAULT);
        int checked = 0;
        for (Actor actor : VIEWERS) {
            Viewer viewer = Viewer.of(actor, Instant.now());
            for (Person person : people.values()) {
                checked += checkPerson(policy, viewer, actor, person, seed);
            }
            for (Family family : families.values()) {
                checked += checkFamily(policy, viewer, actor, family, seed);
            }
        }
        log.info(
                "Randomised disclosure test, seed {}: {} people, {} facts, {} consents, {} agreements, {} overrides;"
                        + " {} entries checked, decided {}",
                seed,
                people.size(),
                people.values().stream()
                        .mapToInt(person -> person.entries.size())
                        .sum(),
                people.values().stream()
                        .mapToInt(person -> person.consents.size())
                        .sum(),
                agreements.size(),
                people.values().stream()
                        .mapToInt(person -> person.overrides.size())
                        .sum(),
                checked,
                decided);
    }

    private int checkPerson(SharingPolicy policy, Viewer viewer, Actor actor, Person person, long seed) {
        JsonNode view = get(actor, "/api/people/{id}", person.id).getBody();
        Subject subject = subject(viewer, person, person.family.relationshipOf(viewer, person));
        Set<String> expected = new TreeSet<>();
        person.entries.forEach((id, entry) -> {
            Decision decision = policy.decide(viewer, subject, entry);
            decided.merge(
                    decision.shown()
                            ? decision.basis().name()
                            : decision.withheld().name(),
                    1,
                    Integer::sum);
            if (decision.shown()) {
                expected.add(id);
            }
        });
        Set<String> shown = new TreeSet<>(view.get("entries").findValuesAsText("entryId"));

        assertThat(shown)
                .as("seed %d: %s's view of %s", seed, actor.userId(), person.name)
                .isEqualTo(expected);
        assertThat(view.get("withheld").asInt())
                .as("seed %d: how much of %s is withheld from %s", seed, person.name, actor.userId())
                .isEqualTo(person.entries.size() - expected.size());
        return person.entries.size();
    }

    private int checkFamily(SharingPolicy policy, Viewer viewer, Actor actor, Family family, long seed) {
        JsonNode view = get(actor, "/api/families/{id}", family.id).getBody();
        WorkingRelationship relationship = family.relationshipOf(viewer);
        boolean casework = viewer.practitioner()
                && (relationship.kind() != WorkingRelationshipKind.NONE
                        || viewer.agency().equals(earlyHelp()));
        Set<String> expected = new TreeSet<>();
        for (Person member : family.members) {
            Subject subject = subject(viewer, member, family.relationshipTo(viewer, member));
            member.entries.forEach((id, entry) -> {
                if (policy.decide(viewer, subject, entry).shown()) {
                    expected.add(member.id + "/" + id);
                }
            });
        }
        Set<String> shownOfMembers = new TreeSet<>();
        int caseworkShown = 0;
        for (JsonNode entry : view.get("entries")) {
            String id = entry.get("entryId").asText();
            if (id.matches("e\\d+")) {
                caseworkShown++;
            } else {
                shownOfMembers.add(entry.get("personId").asText() + "/" + id);
            }
        }

        assertThat(shownOfMembers)
                .as("seed %d: %s's view of the members of %s", seed, actor.userId(), family.name)
                .isEqualTo(expected);
        assertThat(caseworkShown > 0)
                .as("seed %d: %s sees %s's casework", seed, actor.userId(), family.name)
                .isEqualTo(casework);
        assertThat(view.get("casework").asBoolean()).isEqualTo(casework);
        return shownOfMembers.size() + caseworkShown;
    }

    private Subject subject(Viewer viewer, Person person, WorkingRelationship relationship) {
        return new Subject(relationship, person.dateOfBirth, person.consents, person.overrides);
    }

    private void buildFamily(String name, int size) {
        Family family = new Family(ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name)), name);
        families.put(family.id, family);
        for (int p = 0; p < size; p++) {
            boolean child = p > 0 && random.nextBoolean();
            LocalDate born = child
                    ? today.minusYears(5 + random.nextInt(12)).minusDays(random.nextInt(300))
                    : today.minusYears(25 + random.nextInt(30)).minusDays(random.nextInt(300));
            String given = "Person" + people.size();
            String id = ok(
                    earlyHelpKeyworker(),
                    "/api/people",
                    Map.of("givenNames", given, "familyName", "Random", "dateOfBirth", born.toString()));
            Person person = new Person(id, given + " Random", born, family);
            person.entries.put(
                    "registered",
                    SharedEntry.agencyRecord(earlyHelp(), AgencyKind.EARLY_HELP, InformationCategory.IDENTITY, today));
            LocalDate joined = today.minusDays(30 + random.nextInt(700));
            ok(
                    earlyHelpKeyworker(),
                    "/api/families/{id}/members",
                    Map.of("personId", id, "relationship", child ? "CHILD" : "PARENT", "joinedOn", joined.toString()),
                    family.id);
            person.joinedOn = joined;
            family.members.add(person);
            people.put(id, person);
        }
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Several agencies are worried", "riskFactors", List.of("OTHER")),
                family.id);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId())),
                family.id,
                referral);
        family.team.add(earlyHelpKeyworker());
        for (Actor candidate : TEAM_CANDIDATES) {
            if (random.nextInt(5) < 3) {
                ok(earlyHelpManager(), "/api/families/{id}/team", Map.of("username", candidate.userId()), family.id);
                family.team.add(candidate);
            }
        }
        if (random.nextBoolean()) {
            Actor lead = family.team.get(random.nextInt(family.team.size()));
            long version = get(earlyHelpManager(), "/api/families/{id}", family.id)
                    .getBody()
                    .get("version")
                    .asLong();
            ok(
                    earlyHelpManager(),
                    "/api/families/{id}/lead-professional",
                    Map.of("userId", lead.userId(), "expectedVersion", version),
                    family.id);
            family.lead = lead;
        }
    }

    private void recordFacts(Person person) {
        int count = 2 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Actor recorder = RECORDERS.get(random.nextInt(RECORDERS.size()));
            List<Class<? extends AgencyFact>> kinds = FactCatalogue.types().stream()
                    .filter(type -> FactCatalogue.recordableBy(type).contains(recorder.agencyKind()))
                    .toList();
            Class<? extends AgencyFact> kind = kinds.get(random.nextInt(kinds.size()));
            AgencyFact fact = Samples.of(kind);
            // mostly since they joined the household, sometimes before
            long sinceJoining = java.time.temporal.ChronoUnit.DAYS.between(person.joinedOn, today);
            LocalDate occurredOn = random.nextInt(5) == 0
                    ? person.joinedOn.minusDays(1 + random.nextInt(200))
                    : today.minusDays(random.nextInt((int) sinceJoining + 1));
            ResponseEntity<JsonNode> response = post(
                    recorder,
                    "/api/people/{id}/facts",
                    Map.of("occurredOn", occurredOn.toString(), "fact", json(fact)),
                    person.id);
            if (response.getStatusCode().is2xxSuccessful()) {
                person.entries.put(
                        response.getBody().get("id").asText(),
                        SharedEntry.agencyRecord(
                                recorder.agency(),
                                recorder.agencyKind(),
                                FactCatalogue.category(fact, recorder.agencyKind()),
                                occurredOn));
            }
        }
    }

    private void recordConsents(Person person) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            ConsentGiver givenBy = ConsentGiver.values()[random.nextInt(ConsentGiver.values().length)];
            Set<AgencyId> recipients = new HashSet<>();
            RECORDERS.forEach(actor -> {
                if (random.nextBoolean()) {
                    recipients.add(actor.agency());
                }
            });
            recipients.add(RECORDERS.get(random.nextInt(RECORDERS.size())).agency());
            Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
            for (InformationCategory category : InformationCategory.values()) {
                if (random.nextInt(3) == 0) {
                    categories.add(category);
                }
            }
            person.entries.values().stream()
                    .filter(entry -> random.nextBoolean())
                    .forEach(entry -> categories.add(entry.category()));
            Purpose purpose = random.nextInt(4) == 0 ? Purpose.SAFEGUARDING : Purpose.FAMILY_SUPPORT;
            boolean expired = random.nextInt(4) == 0;
            LocalDate from = expired ? today.minusDays(400) : today.minusDays(1 + random.nextInt(200));
            LocalDate until =
                    expired ? today.minusDays(5 + random.nextInt(20)) : today.plusDays(20 + random.nextInt(300));
            Map<String, Object> body = new HashMap<>();
            body.put("givenBy", givenBy.name());
            if (givenBy != ConsentGiver.THE_PERSON) {
                body.put("giverName", "Someone for " + person.name);
            }
            body.put("recipients", recipients.stream().map(AgencyId::value).toList());
            body.put("categories", categories.stream().map(Enum::name).toList());
            body.put("purpose", purpose.name());
            body.put("validFrom", from.toString());
            body.put("validUntil", until.toString());
            body.put("evidence", "SIGNED_FORM");
            ResponseEntity<JsonNode> response =
                    post(earlyHelpKeyworker(), "/api/people/{id}/consents", body, person.id);
            if (!response.getStatusCode().is2xxSuccessful()) {
                continue;
            }
            String id = response.getBody().get("id").asText();
            LocalDate withdrawnOn = null;
            if (!expired && random.nextInt(3) == 0) {
                ok(
                        earlyHelpKeyworker(),
                        "/api/people/{id}/consents/{c}/withdrawal",
                        Map.of("reason", "Changed their mind"),
                        person.id,
                        id);
                withdrawnOn = today;
            }
            person.consents.add(
                    new ConsentTerms(id, givenBy, recipients, categories, purpose, from, until, withdrawnOn));
        }
    }

    private void registerAgreements() {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            List<Map<String, Object>> parties = new ArrayList<>();
            Set<Party> terms = new HashSet<>();
            int size = 2 + random.nextInt(3);
            while (terms.size() < size) {
                Actor actor = RECORDERS.get(random.nextInt(RECORDERS.size()));
                Party party = random.nextBoolean() ? Party.agency(actor.agency()) : Party.kind(actor.agencyKind());
                if (terms.add(party)) {
                    parties.add(
                            party.agency() != null
                                    ? Map.of("agency", party.agency().value())
                                    : Map.of("kind", party.kind().name()));
                }
            }
            Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
            for (InformationCategory category : InformationCategory.values()) {
                if (!category.isSpecialCategory() && random.nextBoolean()) {
                    categories.add(category);
                }
            }
            categories.add(InformationCategory.OFFENDING);
            LocalDate startsOn = today.minusDays(300);
            LocalDate reviewOn = random.nextBoolean() ? today.minusDays(30) : today.plusDays(100);
            String id = ok(
                    igOfficer(),
                    "/api/sharing-agreements",
                    Map.of(
                            "title", "Random agreement " + i,
                            "parties", parties,
                            "categories", categories.stream().map(Enum::name).toList(),
                            "purposes", List.of("FAMILY_SUPPORT"),
                            "lawfulBases", List.of("PUBLIC_TASK"),
                            "startsOn", startsOn.toString(),
                            "reviewOn", reviewOn.toString()));
            LocalDate endsOn = null;
            if (random.nextInt(3) == 0) {
                endsOn = today.minusDays(1);
                ok(
                        igOfficer(),
                        "/api/sharing-agreements/{id}/end",
                        Map.of("endsOn", endsOn.toString(), "reason", "Superseded"),
                        id);
            }
            agreements.add(new AgreementTerms(
                    id,
                    1,
                    "Random agreement " + i,
                    terms,
                    categories,
                    Set.of(Purpose.FAMILY_SUPPORT),
                    Set.of(LawfulBasis.PUBLIC_TASK),
                    startsOn,
                    reviewOn,
                    endsOn));
        }
    }

    private void breakGlass() {
        for (int i = 0; i < 2; i++) {
            Actor actor = RECORDERS.get(random.nextInt(RECORDERS.size()));
            Person person = new ArrayList<>(people.values()).get(random.nextInt(people.size()));
            ResponseEntity<JsonNode> response = post(
                    actor,
                    "/api/people/{id}/emergency-access",
                    Map.of("reason", "CHILD_AT_RISK", "explanation", "Police at the door, child not found"),
                    person.id);
            if (response.getStatusCode().is2xxSuccessful()) {
                Instant until = Instant.parse(response.getBody().get("until").asText());
                person.overrides.add(new EmergencyAccess(
                        response.getBody().get("id").asText(), actor.userId(), until.minus(OVERRIDE), until));
            }
        }
    }

    private Map<?, ?> json(AgencyFact fact) {
        try {
            return mapper.readValue(mapper.writerFor(AgencyFact.class).writeValueAsString(fact), Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgencyId earlyHelp() {
        return earlyHelpKeyworker().agency();
    }

    /** A person as the test recorded them: every entry of their record, and what bears on sharing it. */
    private static final class Person {
        final String id;
        final String name;
        final LocalDate dateOfBirth;
        final Family family;
        final Map<String, SharedEntry> entries = new LinkedHashMap<>();
        final List<ConsentTerms> consents = new ArrayList<>();
        final List<EmergencyAccess> overrides = new ArrayList<>();
        LocalDate joinedOn;

        Person(String id, String name, LocalDate dateOfBirth, Family family) {
            this.id = id;
            this.name = name;
            this.dateOfBirth = dateOfBirth;
            this.family = family;
        }
    }

    /** A family as the test built it: registered by early help, its case open, its team and lead. */
    private static final class Family {
        final String id;
        final String name;
        final List<Person> members = new ArrayList<>();
        final List<Actor> team = new ArrayList<>();
        Actor lead;

        Family(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** The relationship rules written out again: who leads, who is on the team, which managers oversee. */
        WorkingRelationship relationshipOf(Viewer viewer) {
            if (lead != null && lead.userId().equals(viewer.userId())) {
                return WorkingRelationship.of(WorkingRelationshipKind.LEAD_PROFESSIONAL);
            }
            if (team.stream().anyMatch(member -> member.userId().equals(viewer.userId()))) {
                return WorkingRelationship.of(WorkingRelationshipKind.TEAM_MEMBER);
            }
            boolean involved = viewer.agency().equals(earlyHelp())
                    || team.stream().anyMatch(member -> member.agency().equals(viewer.agency()));
            return viewer.manager() && involved
                    ? WorkingRelationship.of(WorkingRelationshipKind.CASE_MANAGER)
                    : WorkingRelationship.NONE;
        }

        WorkingRelationship relationshipOf(Viewer viewer, Person member) {
            return relationshipTo(viewer, member);
        }

        WorkingRelationship relationshipTo(Viewer viewer, Person member) {
            return new WorkingRelationship(relationshipOf(viewer).kind(), member.joinedOn);
        }
    }
}
