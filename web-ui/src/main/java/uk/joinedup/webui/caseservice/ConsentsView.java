package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's consents to share, as case-service lets the user see them.
 *
 * @param consents newest first
 * @param withheld how many consents the user may not see
 */
public record ConsentsView(String personId, List<ConsentView> consents, int withheld) {

    public ConsentsView {
        consents = consents == null ? List.of() : consents;
    }

    /** The consents that cover today or a day to come. */
    public List<ConsentView> current() {
        return consents.stream()
                .filter(consent -> consent.status().withdrawable())
                .toList();
    }

    public Optional<ConsentView> consent(String consentId) {
        return consents.stream()
                .filter(consent -> consent.consentId().equals(consentId))
                .findFirst();
    }

    /**
     * One consent as it stands today.
     *
     * @param summary what it allows, in one plain-English sentence
     * @param giverName who gave it and how they are related; null when the person did
     * @param recipients the agencies that may see
     * @param recordedBy the practitioner who recorded it
     * @param recordedByAgency their agency's id
     * @param history every change, oldest first
     */
    public record ConsentView(
            String consentId,
            ConsentStatus status,
            String summary,
            ConsentGiver givenBy,
            String giverName,
            List<AgencyName> recipients,
            Set<InformationCategory> categories,
            Purpose purpose,
            LocalDate validFrom,
            LocalDate validUntil,
            ConsentEvidence evidence,
            String evidenceNote,
            String recordedBy,
            String recordedByAgency,
            String recordedByAgencyName,
            Instant recordedAt,
            LocalDate withdrawnOn,
            String withdrawalReason,
            List<ConsentChange> history) {

        public ConsentView {
            recipients = recipients == null ? List.of() : recipients;
            categories = categories == null ? Set.of() : categories;
            history = history == null ? List.of() : history;
        }

        /** Its categories in the order pages list them. */
        public List<InformationCategory> categoriesInOrder() {
            return categories.stream().sorted().toList();
        }
    }

    /** An agency and its name. */
    public record AgencyName(String agency, String name) {}

    /**
     * One step in a consent's history.
     *
     * @param on the first day, for a recording; the day of withdrawal, for a withdrawal
     * @param at when it was recorded in JoinedUp
     * @param reason why it was withdrawn; null for a recording
     */
    public record ConsentChange(
            Change what, LocalDate on, Instant at, String by, String agency, String agencyName, String reason) {}

    /** What a step in a consent's history was. */
    public enum Change {
        RECORDED,
        WITHDRAWN
    }
}
