package uk.joinedup.caseservice.imports.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.imports.api.Suggestion;
import uk.joinedup.caseservice.imports.extracts.ReadRow;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;

/** Imports as the store keeps them, in the words of the people in them: Tom Hill (p-1), Ann Hill (p-2), Tim Hill (p-3). */
final class StagedImports {

    static final Instant UPLOADED = Instant.parse("2026-10-01T09:00:00Z");

    static final Actor DATA_OFFICER = new Actor(
            "dee.data",
            "Dee Data",
            new AgencyId("southampton-housing"),
            "Southampton Housing",
            AgencyKind.HOUSING,
            Set.of(Role.DATA_OFFICER),
            null);

    static final ExtractIdentity TOM =
            new ExtractIdentity("Tom", "Hill", LocalDate.of(2011, 3, 4), "SO14 7AA", "9434765919", null, null);
    static final ExtractIdentity ANN =
            new ExtractIdentity("Ann", "Hill", LocalDate.of(1985, 6, 7), "SO14 7AA", "4010232137", null, null);
    static final ExtractIdentity THOMAS =
            new ExtractIdentity("Thomas", "Hill", LocalDate.of(2011, 3, 4), "SO14 7AA", null, null, null);

    static final Suggestion TOM_SUGGESTED =
            new Suggestion("p-1", "Tom", "Hill", LocalDate.of(2011, 3, 4), 72, List.of("date of birth agrees"));
    static final Suggestion TIM_SUGGESTED =
            new Suggestion("p-3", "Tim", "Hill", LocalDate.of(2012, 5, 6), 61, List.of("family name agrees"));
    static final Suggestion ANN_SUGGESTED =
            new Suggestion("p-2", "Ann", "Hill", LocalDate.of(1985, 6, 7), 70, List.of("date of birth agrees"));

    private StagedImports() {}

    /** A job uploaded, its dry run checked, with its rows in this many parts. */
    static ImportJob checked(String importId, int chunks) {
        return ImportJob.uploaded(importId, "evictions", importId + ".csv", DATA_OFFICER, UPLOADED, 300, chunks)
                .checked(new ImportJob.Report(
                        ImportCounts.of(Map.of(RowOutcome.MATCHED, 3, RowOutcome.TO_REVIEW, 2), 0), List.of(), 0));
    }

    /** The job, started and imported at the time given. */
    static ImportJob imported(ImportJob checked, Instant at) {
        return checked.importing(DATA_OFFICER, at.minusSeconds(60)).imported(at);
    }

    static StagedRow matched(int row, ExtractIdentity who, String personId) {
        return new StagedRow(
                row,
                RowOutcome.MATCHED,
                "fact-" + row,
                who,
                new ReadRow.Address("1 Oak Road", "Southampton"),
                new EvictionNoticeServed(),
                LocalDate.of(2026, 9, 1),
                "hash-" + row,
                personId,
                false,
                List.of(),
                List.of(),
                null);
    }

    static StagedRow toReview(int row, ExtractIdentity who, Suggestion... suggestions) {
        return new StagedRow(
                row,
                RowOutcome.TO_REVIEW,
                "fact-" + row,
                who,
                new ReadRow.Address("1 Oak Road", "Southampton"),
                new EvictionNoticeServed(),
                LocalDate.of(2026, 9, 1),
                "hash-" + row,
                null,
                false,
                List.of(suggestions),
                List.of(),
                null);
    }
}
