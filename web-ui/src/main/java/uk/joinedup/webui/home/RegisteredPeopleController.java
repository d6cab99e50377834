package uk.joinedup.webui.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.Caseloads;
import uk.joinedup.webui.caseservice.RegisteredPeoplePage;
import uk.joinedup.webui.govuk.PageNumber;
import uk.joinedup.webui.govuk.Pagination;

/** The people the signed-in user registered, newest first, 50 a page. */
@Controller
class RegisteredPeopleController {

    static final String PATH = "/people-you-registered";

    private final Caseloads caseloads;

    RegisteredPeopleController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping(PATH)
    String registered(@RequestParam(required = false) String page, Model model) {
        RegisteredPeoplePage people = caseloads.registeredByMe(PageNumber.of(page));
        model.addAttribute("people", people);
        model.addAttribute(
                "pagination",
                Pagination.of(people.page(), people.totalPages(), n -> n > 1 ? PATH + "?page=" + n : PATH));
        return "home/registered";
    }
}
