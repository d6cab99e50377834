package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Case conferences and panels held about a family, recorded by its lead professional or a team manager of the
 * case: who was there, what it decided, the lead professional it agreed and the actions arising, which join the
 * current plan. They are read with the family ({@link FamilyView#conferences()}).
 */
@Component
public class Conferences {

    private final RestClient caseService;

    Conferences(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Records a conference or panel, returning its id. */
    public String record(String familyId, ConferenceRequest conference) {
        Created created = caseService
                .post()
                .uri("/api/families/{familyId}/conferences", familyId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(conference)
                .retrieve()
                .body(Created.class);
        return created == null ? null : created.id();
    }

    /**
     * A conference or panel to record; {@code heldOn} null means today.
     *
     * @param attendees the practitioners who were there, by username (case-service takes their names and
     *     agencies from the staff directory)
     * @param familyPresent who of the family was there, or null
     * @param decisions what it decided, one decision each
     * @param leadProfessionalAgreed the team member it agreed should lead the case, by username, or null
     * @param actions the actions arising, for goals of the current plan
     */
    public record ConferenceRequest(
            ConferenceKind kind,
            LocalDate heldOn,
            List<String> attendees,
            String familyPresent,
            List<String> decisions,
            String leadProfessionalAgreed,
            List<ActionArisingRequest> actions) {}

    /** An action arising, for a goal of the plan, owned by an agency of the team (by id) and optionally a person. */
    public record ActionArisingRequest(
            String goalId, String description, String ownerAgency, String ownerName, LocalDate dueOn) {}

    private record Created(String id) {}
}
