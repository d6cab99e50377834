package uk.joinedup.webui.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.CaseStatus;
import uk.joinedup.webui.caseservice.Caseloads;
import uk.joinedup.webui.caseservice.TeamCaseloadView;
import uk.joinedup.webui.govuk.Pagination;

/**
 * A team manager's view of their team's caseload: the cases of every member of their team, most needing
 * attention first, filtered by keyworker and status, 50 a page. case-service refuses anyone else (403).
 */
@Controller
class TeamCaseloadController {

    private final Caseloads caseloads;

    TeamCaseloadController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping(TeamFilter.PATH)
    String team(
            @RequestParam(required = false) String keyworker,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            Model model) {
        TeamFilter filter = TeamFilter.of(keyworker, status, page);
        TeamCaseloadView team = caseloads.team(filter.keyworker(), filter.status(), filter.page());
        model.addAttribute("team", team);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("pagination", Pagination.of(team.page(), team.totalPages(), filter::page));
        return "home/team";
    }
}
