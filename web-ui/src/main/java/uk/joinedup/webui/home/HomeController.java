package uk.joinedup.webui.home;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.AgreementSummary;
import uk.joinedup.webui.caseservice.CasePage;
import uk.joinedup.webui.caseservice.CaseloadView;
import uk.joinedup.webui.caseservice.Caseloads;
import uk.joinedup.webui.caseservice.EmergencyAccess;
import uk.joinedup.webui.caseservice.Imports;
import uk.joinedup.webui.caseservice.ReferralPage;
import uk.joinedup.webui.caseservice.SharingAgreements;
import uk.joinedup.webui.caseservice.Transfers;
import uk.joinedup.webui.govuk.Pagination;
import uk.joinedup.webui.security.SignedInUser;

/**
 * The start page for visitors; for a signed-in practitioner, a page of their caseload (with the emergency
 * access a team manager has to review, a page of each of a manager's inboxes, and the transfers of cases to their
 * agency awaiting their decision); for an information-governance officer who is no practitioner, their
 * tasks; for a data officer who is neither, their imports and the rows waiting for them to review; for an
 * administrator who is none of these, the way to identity-service's administration pages.
 */
@Controller
class HomeController {

    private final Caseloads caseloads;
    private final EmergencyAccess emergencyAccess;
    private final SharingAgreements agreements;
    private final Transfers transfers;
    private final Imports imports;

    HomeController(
            Caseloads caseloads,
            EmergencyAccess emergencyAccess,
            SharingAgreements agreements,
            Transfers transfers,
            Imports imports) {
        this.caseloads = caseloads;
        this.emergencyAccess = emergencyAccess;
        this.agreements = agreements;
        this.transfers = transfers;
        this.imports = imports;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal OidcUser principal,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String referrals,
            @RequestParam(required = false) String unled,
            Model model) {
        if (principal == null) {
            return "home/start";
        }
        SignedInUser user = SignedInUser.of(principal);
        if (user.dataOfficer() && !user.practitioner() && !user.informationGovernance()) {
            model.addAttribute("rowsToReview", imports.review().total());
            return "home/data-officer"; // no caseload: a data officer works with extracts, not families
        }
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
        HomePages pages = HomePages.of(page, referrals, unled);
        CaseloadView caseload = caseloads.mine(pages.page());
        model.addAttribute("caseload", caseload);
        model.addAttribute(
                "familiesPagination", Pagination.of(caseload.page(), caseload.totalPages(), pages::families));
        if (user.manager()) {
            ReferralPage awaiting = caseloads.referralsAwaitingDecision(pages.referrals());
            CasePage withoutLead = caseloads.withoutLeadProfessional(pages.unled());
            model.addAttribute("awaitingDecision", awaiting);
            model.addAttribute(
                    "referralsPagination", Pagination.of(awaiting.page(), awaiting.totalPages(), pages::referrals));
            model.addAttribute("withoutLead", withoutLead);
            model.addAttribute(
                    "unledPagination", Pagination.of(withoutLead.page(), withoutLead.totalPages(), pages::unled));
            model.addAttribute("transfersAwaiting", transfers.awaitingDecision());
        }
        return "home/caseload";
    }

    /** Where identity-service sends users back after signing out; {@code state=timed-out} after a timeout. */
    @GetMapping("/signed-out")
    String signedOut(@RequestParam(required = false) String state, Model model) {
        model.addAttribute("timedOut", "timed-out".equals(state));
        return "home/signed-out";
    }
}
