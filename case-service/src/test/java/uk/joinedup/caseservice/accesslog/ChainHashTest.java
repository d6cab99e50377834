package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.accesslog.Views.NOW;
import static uk.joinedup.caseservice.accesslog.Views.inFormatOne;
import static uk.joinedup.caseservice.accesslog.Views.personView;
import static uk.joinedup.caseservice.accesslog.Views.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.Basis;

/** The hash chain's arithmetic, without a database. */
class ChainHashTest {

    /** SHA-256 of 64 zeros and the canonical form below; check it with any SHA-256 tool. */
    private static final String GOLDEN_HASH = "feec051f0b81d2ef58b1a3d23f4aa11b835ecde01559f81c3ecd155160ecd6e2";

    /** A record of format 1, as stored before format 2: it must verify as it did. */
    private static final LoggedAccess FIRST =
            inFormatOne(personView("person-1", NOW)).chainedAt(1, ChainHash.GENESIS);

    /** SHA-256 of 64 zeros and the format-2 canonical form of the search below (computed outside Java). */
    private static final String GOLDEN_SEARCH_HASH = "0684233bc80c50ce59cba213f96e37a88b8d1600b9314439ea0c08afbc23e9c9";

    private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @Test
    void theFirstRecordFollowsSixtyFourZeros() {
        assertThat(ChainHash.GENESIS).hasSize(64).matches("0+");
        assertThat(FIRST.previousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(FIRST.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheCanonicalContent() throws Exception {
        byte[] input = (ChainHash.GENESIS + new String(ChainHash.canonical(FIRST), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));

        assertThat(FIRST.hash()).isEqualTo(expected);
    }

    /** Golden: changing the canonical form would make every stored record fail verification. */
    @Test
    void theCanonicalFormIsStable() {
        assertThat(new String(ChainHash.canonical(FIRST), StandardCharsets.UTF_8))
                .isEqualTo("{\"format\":1,\"sequence\":1,\"at\":\"2026-12-02T10:15:30.123Z\",\"userId\":\"jo.carter\","
                        + "\"userName\":\"Jo Carter\",\"agency\":\"southampton-probation\",\"what\":\"PERSON\","
                        + "\"subjectId\":\"person-1\",\"personIds\":[\"person-1\"],"
                        + "\"shown\":{\"IDENTITY\":[\"MATCHING\",\"OWN_AGENCY\"],\"OFFENDING\":[\"OWN_AGENCY\"]},"
                        + "\"withheld\":{\"HEALTH\":[\"NO_EXPLICIT_CONSENT\"]},"
                        + "\"references\":[\"consent:c-1\",\"agreement:a-1/v2\"],\"search\":null}");
        assertThat(FIRST.hash()).isEqualTo(GOLDEN_HASH);
    }

    @Test
    void newRecordsAreOfFormatTwo() {
        assertThat(LoggedAccess.unchained(personView("person-1", NOW)).format()).isEqualTo(2);
        assertThat(ChainHash.FORMAT).isEqualTo(2);
    }

    /** Golden: a format-2 search hashes the salted digest of its text, never the text. */
    @Test
    void aSearchOfFormatTwoHashesTheSaltedDigestOfItsText() throws Exception {
        LoggedAccess search = LoggedAccess.unchained(search(NOW, "name: Tom Hill; date of birth: 2011-03-04"), SALT)
                .chainedAt(1, ChainHash.GENESIS);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(SALT);
        String digest = HexFormat.of()
                .formatHex(sha256.digest("name: Tom Hill; date of birth: 2011-03-04".getBytes(StandardCharsets.UTF_8)));

        assertThat(search.searchSalt()).isEqualTo("000102030405060708090a0b0c0d0e0f");
        assertThat(search.searchDigest()).isEqualTo(digest);
        String canonical = new String(ChainHash.canonical(search), StandardCharsets.UTF_8);
        assertThat(canonical)
                .isEqualTo("{\"format\":2,\"sequence\":1,\"at\":\"2026-12-02T10:15:30.123Z\",\"userId\":\"jo.carter\","
                        + "\"userName\":\"Jo Carter\",\"agency\":\"southampton-probation\",\"what\":\"PERSON_SEARCH\","
                        + "\"subjectId\":null,\"personIds\":[\"person-1\",\"person-2\"],"
                        + "\"shown\":{\"IDENTITY\":[\"MATCHING\"]},\"withheld\":{},\"references\":[],"
                        + "\"searchDigest\":\"" + digest + "\"}")
                .doesNotContain("Tom Hill");
        assertThat(search.hash()).isEqualTo(GOLDEN_SEARCH_HASH);
        assertThat(ChainHash.searchProblem(search)).isNull();
    }

    @Test
    void theSameSearchIsSaltedAfreshEachTime() {
        LoggedAccess one = LoggedAccess.unchained(search(NOW, "identifier: 943 476 5919"));
        LoggedAccess other = LoggedAccess.unchained(search(NOW, "identifier: 943 476 5919"));

        assertThat(one.searchSalt()).hasSize(2 * LoggedAccess.SALT_BYTES).isNotEqualTo(other.searchSalt());
        assertThat(one.searchDigest()).isNotEqualTo(other.searchDigest());
    }

    @Test
    void aRedactedSearchOfFormatTwoStillHashesTheSameAndIsAccepted() {
        LoggedAccess search = LoggedAccess.unchained(search(NOW, "identifier: 943 476 5919"), SALT)
                .chainedAt(1, ChainHash.GENESIS);
        LoggedAccess redacted = withSearch(search, null, null, "erasure-1");

        assertThat(ChainHash.of(redacted)).isEqualTo(search.hash());
        assertThat(ChainHash.searchProblem(redacted)).isNull();
    }

    @Test
    void aFormatTwoSearchWhoseTextWasEditedOrRemovedWithoutAnErasureIsAProblem() {
        LoggedAccess search = LoggedAccess.unchained(search(NOW, "identifier: 943 476 5919"), SALT)
                .chainedAt(1, ChainHash.GENESIS);

        LoggedAccess edited = withSearch(search, "identifier: 943 476 5918", search.searchSalt(), null);
        assertThat(ChainHash.of(edited)).isEqualTo(search.hash());
        assertThat(ChainHash.searchProblem(edited)).contains("does not match");

        assertThat(ChainHash.searchProblem(withSearch(search, null, null, null)))
                .contains("no erasure redacted it");
        assertThat(ChainHash.searchProblem(withSearch(search, null, search.searchSalt(), "erasure-1")))
                .contains("salt");
        assertThat(ChainHash.searchProblem(withSearch(search, search.search(), "00".repeat(16), null)))
                .contains("does not match");
    }

    @Test
    void aFormatOneSearchHashesItsTextSoRemovingItChangesTheHash() {
        LoggedAccess search =
                inFormatOne(search(NOW, "identifier: 943 476 5919")).chainedAt(1, ChainHash.GENESIS);

        assertThat(new String(ChainHash.canonical(search), StandardCharsets.UTF_8))
                .endsWith("\"search\":\"identifier: 943 476 5919\"}");
        assertThat(ChainHash.of(withSearch(search, null, null, "erasure-1"))).isNotEqualTo(search.hash());
        assertThat(ChainHash.searchProblem(search)).isNull();
    }

    @Test
    void theOrderOfSetsAndMapsDoesNotMatter() {
        Map<InformationCategory, Set<Basis>> shown = new LinkedHashMap<>();
        shown.put(InformationCategory.OFFENDING, Set.of(Basis.OWN_AGENCY));
        shown.put(InformationCategory.IDENTITY, new LinkedHashSet<>(List.of(Basis.OWN_AGENCY, Basis.MATCHING)));
        AccessRecord sameView = new AccessRecord(
                NOW,
                "jo.carter",
                "Jo Carter",
                new AgencyId("southampton-probation"),
                Viewed.PERSON,
                "person-1",
                Set.of("person-1"),
                shown,
                personView("person-1", NOW).withheld(),
                List.of("consent:c-1", "agreement:a-1/v2"),
                null);

        assertThat(inFormatOne(sameView).chainedAt(1, ChainHash.GENESIS).hash()).isEqualTo(FIRST.hash());
    }

    @Test
    void timesCountToTheMillisecond() {
        LoggedAccess withNanos =
                inFormatOne(personView("person-1", NOW.plusNanos(456_789))).chainedAt(1, ChainHash.GENESIS);

        assertThat(withNanos.at()).isEqualTo(NOW);
        assertThat(withNanos.hash()).isEqualTo(FIRST.hash());
    }

    @Test
    void everyFieldTheSequenceNumberAndThePreviousHashChangeTheHash() {
        List<UnaryOperator<LoggedAccess>> changes = List.of(
                record -> copy(
                        record,
                        2,
                        record.at(),
                        record.userName(),
                        record.personIds(),
                        record.search(),
                        record.previousHash()),
                record -> copy(
                        record,
                        1,
                        Instant.parse("2026-12-02T10:15:30.124Z"),
                        record.userName(),
                        record.personIds(),
                        record.search(),
                        record.previousHash()),
                record -> copy(
                        record,
                        1,
                        record.at(),
                        "Jo Carter ",
                        record.personIds(),
                        record.search(),
                        record.previousHash()),
                record -> copy(
                        record,
                        1,
                        record.at(),
                        record.userName(),
                        List.of("person-1", "person-2"),
                        record.search(),
                        record.previousHash()),
                record ->
                        copy(record, 1, record.at(), record.userName(), record.personIds(), "", record.previousHash()),
                record -> copy(
                        record,
                        1,
                        record.at(),
                        record.userName(),
                        record.personIds(),
                        record.search(),
                        "1".repeat(64)));

        for (UnaryOperator<LoggedAccess> change : changes) {
            assertThat(ChainHash.of(change.apply(FIRST))).isNotEqualTo(FIRST.hash());
        }
        assertThat(ChainHash.of(FIRST)).isEqualTo(FIRST.hash());
    }

    @Test
    void eachRecordCarriesTheHashOfTheOneBefore() {
        LoggedAccess second =
                LoggedAccess.unchained(personView("person-2", NOW)).chainedAt(2, FIRST.hash());

        assertThat(second.previousHash()).isEqualTo(FIRST.hash());
        assertThat(second.hash()).isNotEqualTo(FIRST.hash());
    }

    private static LoggedAccess copy(
            LoggedAccess record,
            long sequence,
            Instant at,
            String userName,
            List<String> personIds,
            String search,
            String previousHash) {
        return new LoggedAccess(
                sequence,
                record.format(),
                at,
                record.userId(),
                userName,
                record.agency(),
                record.what(),
                record.subjectId(),
                personIds,
                record.shown(),
                record.withheld(),
                record.references(),
                search,
                record.searchSalt(),
                record.searchDigest(),
                record.redacted(),
                previousHash,
                record.hash());
    }

    private static LoggedAccess withSearch(LoggedAccess record, String search, String salt, String redacted) {
        return new LoggedAccess(
                record.sequence(),
                record.format(),
                record.at(),
                record.userId(),
                record.userName(),
                record.agency(),
                record.what(),
                record.subjectId(),
                record.personIds(),
                record.shown(),
                record.withheld(),
                record.references(),
                search,
                salt,
                record.searchDigest(),
                redacted,
                record.previousHash(),
                record.hash());
    }
}
