package uk.joinedup.caseservice.views.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.views.caseload.CaseloadView;
import uk.joinedup.caseservice.views.caseload.FindCasesWithoutLeadProfessional;
import uk.joinedup.caseservice.views.caseload.FindReferralsAwaitingDecision;
import uk.joinedup.caseservice.views.caseload.GetMyCaseload;
import uk.joinedup.caseservice.views.caseload.ReferralSummary;

@Tag(name = "Caseload")
@RestController
class CaseloadController {

    private final QueryGateway queries;

    CaseloadController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Your families (cases needing attention first) and the people you registered")
    @GetMapping("/api/caseload")
    CaseloadView mine(Actor viewer) {
        return queries.query(new GetMyCaseload(viewer), CaseloadView.class).join();
    }

    @Operation(summary = "Referrals awaiting a decision, oldest first (team managers; empty for anyone else)")
    @GetMapping("/api/referrals/awaiting-decision")
    List<ReferralSummary> awaitingDecision(Actor viewer) {
        return queries.query(
                        new FindReferralsAwaitingDecision(viewer),
                        ResponseTypes.multipleInstancesOf(ReferralSummary.class))
                .join();
    }

    @Operation(summary = "Open cases with no lead professional (team managers; empty for anyone else)")
    @GetMapping("/api/cases/without-lead-professional")
    List<CaseloadView.CaseSummary> withoutLead(Actor viewer) {
        return queries.query(
                        new FindCasesWithoutLeadProfessional(viewer),
                        ResponseTypes.multipleInstancesOf(CaseloadView.CaseSummary.class))
                .join();
    }
}
