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

/**
 * A person's page in parts (see {@link PersonPart}): their details, families, a page at a time of their
 * chronology, filtered or not, and how their record is shared; now or as it stood at the end of a date.
 */
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
    String details(
            @PathVariable String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        PersonView person = people.person(personId, ChronologyQuery.withoutEntries(asAt));
        return show(PersonPart.DETAILS, person, null, asAt, user, model);
    }

    @GetMapping("/people/{personId}/families")
    String families(
            @PathVariable String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        PersonView person = people.person(personId, ChronologyQuery.withoutEntries(asAt));
        return show(PersonPart.FAMILIES, person, null, asAt, user, model);
    }

    /** A page of their chronology, newest first, filtered or not. */
    @GetMapping("/people/{personId}/chronology")
    String chronology(
            @PathVariable String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) InformationCategory category,
            @RequestParam(defaultValue = "1") int page,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        ChronologyQuery query = new ChronologyQuery(asAt, blankToNull(agency), category).page(Math.max(page, 1));
        PersonView person = people.person(personId, query);
        ChronologyView view = chronology.present(
                person.entries(),
                person.chronology(),
                person.agencies(),
                person.withheld(),
                person.withheldFrom(),
                query,
                PersonPart.CHRONOLOGY.path(personId, null),
                Map.of(),
                personId,
                user);
        model.addAttribute("chronology", view);
        return show(PersonPart.CHRONOLOGY, person, view, asAt, user, model);
    }

    /** The consents and emergency access in force: how the record is shared now. */
    @GetMapping("/people/{personId}/sharing")
    String sharing(
            @PathVariable String personId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        PersonView person = people.person(personId, ChronologyQuery.withoutEntries(null));
        return show(PersonPart.SHARING, person, null, null, user, model);
    }

    /**
     * A part of the person's page, with their heading and the sub-navigation to the others; as it is now,
     * with how the record is shared (the emergency access offer goes with the chronology's withheld notice).
     */
    private String show(
            PersonPart part, PersonView person, ChronologyView view, LocalDate asAt, SignedInUser user, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("part", part.template());
        model.addAttribute("navigation", part.navigation(person.personId(), asAt));
        model.addAttribute("partPath", part.path(person.personId(), null));
        if (asAt == null) {
            sharing.addTo(model, person.personId(), view, user);
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
        PersonView person = people.person(personId, ChronologyQuery.withoutEntries(null));
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
                    people.person(personId, ChronologyQuery.withoutEntries(date));
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
