package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.Set;

/**
 * A consent to record, as the person (or who acts for them) gave it.
 *
 * @param giverName who gave it and how they are related, unless the person did
 * @param recipients the ids of the agencies that may see
 * @param validFrom its first day; null for today
 * @param validUntil its last day
 * @param evidenceNote more about the evidence, e.g. the witness's name; may be null
 */
public record ConsentRequest(
        ConsentGiver givenBy,
        String giverName,
        Set<String> recipients,
        Set<InformationCategory> categories,
        Purpose purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        ConsentEvidence evidence,
        String evidenceNote) {}
