package uk.joinedup.caseservice.imports.job;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;

/**
 * Ids made from what a row is, so that importing the same row again names the same fact and the same new
 * person: never random. (Name-based UUIDs: the same text always gives the same id.)
 */
final class RowIds {

    private RowIds() {}

    /** The fact a row records: its source (the agency and the extract type) and its source key. */
    static String factId(String agencyId, String extractType, String sourceKey) {
        return uuid("fact", agencyId, extractType, sourceKey);
    }

    /** The person a row about nobody registered registers: the same for every row of the source about them. */
    static String newPersonId(String agencyId, String extractType, ExtractIdentity who) {
        return uuid(
                "person",
                agencyId,
                extractType,
                normalised(who.givenNames()),
                normalised(who.familyName()),
                String.valueOf(who.dateOfBirth()));
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u001F", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
