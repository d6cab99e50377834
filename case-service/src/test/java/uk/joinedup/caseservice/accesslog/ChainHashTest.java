package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.accesslog.Views.NOW;
import static uk.joinedup.caseservice.accesslog.Views.personView;

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

    private static final LoggedAccess FIRST =
            LoggedAccess.unchained(personView("person-1", NOW)).chainedAt(1, ChainHash.GENESIS);

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

        assertThat(LoggedAccess.unchained(sameView)
                        .chainedAt(1, ChainHash.GENESIS)
                        .hash())
                .isEqualTo(FIRST.hash());
    }

    @Test
    void timesCountToTheMillisecond() {
        LoggedAccess withNanos = LoggedAccess.unchained(personView("person-1", NOW.plusNanos(456_789)))
                .chainedAt(1, ChainHash.GENESIS);

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
                previousHash,
                record.hash());
    }
}
