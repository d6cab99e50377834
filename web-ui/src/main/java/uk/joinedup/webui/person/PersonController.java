package uk.joinedup.webui.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonView;
import uk.joinedup.webui.chronology.ChronologyPresenter;
import uk.joinedup.webui.chronology.ChronologyView;
import uk.joinedup.webui.govuk.DateForm;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.security.SignedInUser;

/** A person's page, now or as it stood at the end of a date, with their chronology filtered or not. */
@Controller
class PersonController {

    private final People people;
    private final ChronologyPresenter chronology;
    private final PersonSharing sharing;
    private final Clock clock;

    PersonController(People people, ChronologyPresenter chronology, PersonSharing sharing, Clock clock) {
        this.people = people;
        this.chronology = chronology;
        this.sharing = sharing;
        this.clock = clock;
    }

    @GetMapping("/people/{personId}")
    String show(
            @PathVariable String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) InformationCategory category,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        ChronologyQuery query = new ChronologyQuery(asAt, blankToNull(agency), category);
        PersonView person = people.person(personId, query);
        PersonView everything = query.filtered() ? people.person(personId, query.unfiltered()) : person;
        model.addAttribute("person", person);
        ChronologyView view = chronology.present(
                person.entries(),
                everything.entries(),
                person.withheld(),
                person.withheldFrom(),
                query,
                Map.of(),
                personId,
                user);
        model.addAttribute("chronology", view);
        if (asAt == null) {
            sharing.addTo(model, personId, view, user);
        }
        model.addAttribute("asAt", asAt);
        model.addAttribute("editable", asAt == null && user.practitioner());
        return "person/show";
    }

    /** Asks for the date to look at the record as at; a real past date goes to the record as it stood then. */
    @GetMapping("/people/{personId}/as-at")
    String asAt(
            @PathVariable String personId,
            @RequestParam(required = false) String view,
            @ModelAttribute("form") DateForm form,
            BindingResult errors,
            Model model) {
        PersonView person = people.person(personId, ChronologyQuery.now());
        if (view != null) {
            LocalDate date = form.getDate()
                    .validate(
                            "date",
                            new DefaultMessageSourceResolvable("asAt.label"),
                            new DefaultMessageSourceResolvable("asAt.missing"),
                            LocalDate.now(clock),
                            errors);
            if (date != null) {
                try {
                    people.person(personId, new ChronologyQuery(date, null, null));
                    return "redirect:/people/" + personId + "?asAt=" + date;
                } catch (CaseServiceProblem.NotFound notYetRecorded) {
                    errors.rejectValue("date.day", "asAt.notYetRecorded", new Object[] {Labels.date(date)}, null);
                }
            }
        }
        model.addAttribute("subject", person.fullName());
        model.addAttribute("action", "/people/" + personId + "/as-at");
        model.addAttribute("back", "/people/" + personId);
        return "chronology/as-at";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
