package uk.joinedup.caseservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.accesslog.AccessLog;
import uk.joinedup.caseservice.accesslog.AccessRecord;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * Identity searches (people by name or identifier, possible duplicates, families by name, and the
 * duplicate check of a registration) are accesses: each is logged with what was searched for and who was
 * found, and each user may make only so many a minute (here 4).
 *
 * <p>TEST DOUBLE: {@link AccessLog}'s storage is being built in another change, so this test spies on the
 * real bean and checks what the searches append to it; swap the spy for reading the log back once that
 * change is merged.
 */
class IdentitySearchIT extends ApiIntegrationTest {

    private static final int PER_MINUTE = 4;

    @DynamicPropertySource
    static void fewSearches(DynamicPropertyRegistry registry) {
        registry.add("joinedup.search.per-minute", () -> PER_MINUTE);
    }

    @MockitoSpyBean
    AccessLog accessLog;

    @Test
    @Discloses("/api/people")
    void aPersonSearchAppendsAnAccessRecordNamingWhoWasFound() {
        String deborah = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Deborah", "familyName", "Quarry", "dateOfBirth", "1987-11-12"));
        clearInvocations(accessLog);

        JsonNode found = get(housingOfficer(), "/api/people?familyName={n}&givenNames={g}", "quarry", "deb")
                .getBody();
        assertThat(found.findValuesAsText("personId")).containsExactly(deborah);
        assertThat(found.get("results").get(0).fieldNames())
                .toIterable()
                .as("identity only, to an agency with no basis: not who registered her or where she lives")
                .containsExactlyInAnyOrder("personId", "givenNames", "familyName", "dateOfBirth", "reason");

        AccessRecord record = lastRecord();
        assertThat(record.what()).isEqualTo(Viewed.PERSON_SEARCH);
        assertThat(record.userId()).isEqualTo("lee.morgan");
        assertThat(record.userName()).isEqualTo("Lee Morgan");
        assertThat(record.agency().value()).isEqualTo("southampton-housing");
        assertThat(record.subjectId()).isNull();
        assertThat(record.personIds()).containsExactly(deborah);
        assertThat(record.search()).contains("quarry").contains("deb");

        post(
                housingOfficer(),
                "/api/people/possible-duplicates",
                Map.of("givenNames", "Debra", "familyName", "Quarry", "dateOfBirth", "1987-11-12"));
        AccessRecord duplicates = lastRecord();
        assertThat(duplicates.what()).isEqualTo(Viewed.PERSON_SEARCH);
        assertThat(duplicates.personIds()).containsExactly(deborah);
        assertThat(duplicates.search()).contains("Debra").contains("1987-11-12");
    }

    @Test
    @Discloses("/api/families")
    void aFamilySearchAppendsAnAccessRecordNamingTheMembersOfTheFamiliesFound() {
        String family = ok(jobcentreAdviser(), "/api/families", Map.of("name", "Zanzibar family"));
        String member = ok(
                jobcentreAdviser(),
                "/api/people",
                Map.of("givenNames", "Zoe", "familyName", "Zanzibar", "dateOfBirth", "1990-01-01"));
        ok(
                jobcentreAdviser(),
                "/api/families/{id}/members",
                Map.of("personId", member, "relationship", "PARENT"),
                family);
        clearInvocations(accessLog);

        assertThat(get(policeOfficer(), "/api/families?name={n}", "zanzibar")
                        .getBody()
                        .findValuesAsText("familyId"))
                .containsExactly(family);

        AccessRecord record = lastRecord();
        assertThat(record.what()).isEqualTo(Viewed.FAMILY_SEARCH);
        assertThat(record.userId()).isEqualTo("ray.hughes");
        assertThat(record.personIds()).containsExactly(member);
        assertThat(record.search()).contains("zanzibar");
    }

    @Test
    void searchesOverTheLimitAreRefusedWithRetryAfterAndOtherUsersCarryOn() {
        for (int search = 0; search < PER_MINUTE; search++) {
            assertThat(get(probationKeyworker(), "/api/people?familyName={n}", "Nobody" + search)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        for (ResponseEntity<JsonNode> tooMany : List.of(
                get(probationKeyworker(), "/api/people?identifier={i}", "9434765919"),
                post(
                        probationKeyworker(),
                        "/api/people/possible-duplicates",
                        Map.of("givenNames", "A", "familyName", "B", "dateOfBirth", "1990-01-01")),
                get(probationKeyworker(), "/api/families?name={n}", "walker"),
                post(
                        probationKeyworker(),
                        "/api/people",
                        Map.of("givenNames", "A", "familyName", "B", "dateOfBirth", "1990-01-01")))) {
            assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(tooMany.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
            assertThat(tooMany.getBody().get("title").asText()).isEqualTo("Too many searches");
        }
        assertThat(get(policeOfficer(), "/api/people?familyName={n}", "Nobody").getStatusCode())
                .as("each user has their own limit")
                .isEqualTo(HttpStatus.OK);
    }

    private AccessRecord lastRecord() {
        ArgumentCaptor<AccessRecord> records = ArgumentCaptor.forClass(AccessRecord.class);
        verify(accessLog, atLeastOnce()).append(records.capture());
        List<AccessRecord> all = records.getAllValues();
        return all.get(all.size() - 1);
    }
}
