package uk.joinedup.caseservice.views.outcomes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;

/**
 * Families as the outcomes read them ({@link FamilyRecord#forOutcomes}), each kept at the version last read: a
 * request reads the families' stamps (ADR 23) and reads whole only those changed since, or never read.
 */
@Component
class InvolvedFamilies {

    private final FamilyRecords families;

    /** A kilobyte or two each: 10,000 families twice. */
    private final Cache<String, FamilyRecord> involvement =
            Caffeine.newBuilder().maximumSize(20_000).build();

    InvolvedFamilies(FamilyRecords families) {
        this.families = families;
    }

    /** The families with these ids that exist, as they stand now, in no particular order. */
    List<FamilyRecord> of(Collection<String> familyIds) {
        List<FamilyRecord> found = new ArrayList<>(familyIds.size());
        List<String> unread = new ArrayList<>();
        Map<String, Long> versions = families.versions(familyIds);
        versions.forEach((familyId, version) -> {
            FamilyRecord known = involvement.getIfPresent(familyId);
            if (known != null && known.version() == version) {
                found.add(known);
            } else {
                unread.add(familyId);
            }
        });
        for (FamilyRecord family : families.findAll(unread)) {
            found.add(remember(family));
        }
        return found;
    }

    /** Reads every family a few hundred at a time, for the warm-up. */
    int warmUp() {
        int read = 0;
        for (List<String> some : Chunks.of(families.ids())) {
            for (FamilyRecord family : families.findAll(some)) {
                remember(family);
                read++;
            }
        }
        return read;
    }

    private FamilyRecord remember(FamilyRecord family) {
        FamilyRecord trimmed = family.forOutcomes();
        involvement.put(trimmed.familyId(), trimmed);
        return trimmed;
    }
}
