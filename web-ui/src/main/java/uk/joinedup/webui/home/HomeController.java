package uk.joinedup.webui.home;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.AgreementSummary;
import uk.joinedup.webui.caseservice.CaseloadView;
import uk.joinedup.webui.caseservice.Caseloads;
import uk.joinedup.webui.caseservice.EmergencyAccess;
import uk.joinedup.webui.caseservice.SharingAgreements;
import uk.joinedup.webui.security.SignedInUser;

/**
 * The start page for visitors; for a signed-in practitioner, their caseload (with the emergency access
 * a team manager has to review); for an information-governance officer who is no practitioner, their
 * tasks; for an administrator who is neither, the way to identity-service's administration pages.
 */
@Controller
class HomeController {

    private final Caseloads caseloads;
    private final EmergencyAccess emergencyAccess;
    private final SharingAgreements agreements;

    HomeController(Caseloads caseloads, EmergencyAccess emergencyAccess, SharingAgreements agreements) {
        this.caseloads = caseloads;
        this.emergencyAccess = emergencyAccess;
        this.agreements = agreements;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser principal, Model model) {
        if (principal == null) {
            return "home/start";
        }
        SignedInUser user = SignedInUser.of(principal);
        if (user.administrator() && !user.practitioner() && !user.informationGovernance()) {
            return "home/administrator"; // no caseload: case-service serves practitioners
        }
        model.addAttribute(
                "toReview",
                user.reviewsEmergencyAccess() ? emergencyAccess.awaitingReview().size() : 0);
        if (user.informationGovernance() && !user.practitioner()) {
            List<AgreementSummary> all = agreements.all();
            model.addAttribute(
                    "agreementsInForce",
                    all.stream().filter(AgreementSummary::inForce).count());
            model.addAttribute(
                    "agreementsOverdue",
                    all.stream().filter(AgreementSummary::reviewOverdue).count());
            return "home/governance";
        }
        CaseloadView caseload = caseloads.mine();
        List<CaseloadView.CaseSummary> withoutLead = user.manager() ? caseloads.withoutLeadProfessional() : List.of();
        model.addAttribute("caseload", caseload);
        model.addAttribute("withoutLead", withoutLead);
        model.addAttribute("awaitingDecision", user.manager() ? caseloads.referralsAwaitingDecision() : List.of());
        return "home/caseload";
    }

    /** Where identity-service sends users back after signing out; {@code state=timed-out} after a timeout. */
    @GetMapping("/signed-out")
    String signedOut(@RequestParam(required = false) String state, Model model) {
        model.addAttribute("timedOut", "timed-out".equals(state));
        return "home/signed-out";
    }
}
