package uk.joinedup.webui.person;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PeopleFound;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Pagination;

/**
 * Finding a person by any part of their names (names that sound alike and previous names too), narrowed
 * by date or year of birth and postcode, or by an NHS number, National Insurance number or Unique Pupil
 * Number; 50 a page. With {@code family}, the results offer adding the person to that family.
 */
@Controller
class PersonSearchController {

    private static final String PATH = "/people";

    private final People people;
    private final Clock clock;

    PersonSearchController(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String search(
            @ModelAttribute("form") PersonSearchForm form,
            BindingResult errors,
            @RequestParam(required = false) String family,
            Model model) {
        model.addAttribute("family", family);
        if (form.opened() && !errors.hasErrors()) {
            return "person/search";
        }
        LocalDate dateOfBirth = form.getDateOfBirth()
                .validate(
                        "dateOfBirth",
                        new DefaultMessageSourceResolvable("dateOfBirth.label"),
                        null,
                        LocalDate.now(clock),
                        errors);
        Integer yearOfBirth = yearOfBirth(form.getYearOfBirth(), errors);
        if (!form.searchable() && !errors.hasFieldErrors("yearOfBirth")) {
            errors.rejectValue("name", form.empty() ? "search.name.missing" : "search.name.missingWithYear");
        }
        if (form.getPage() < 1) {
            form.setPage(1);
        }
        if (errors.hasErrors()) {
            return "person/search";
        }
        try {
            PeopleFound found = people.find(
                    form.getName(), dateOfBirth, yearOfBirth, form.getPostcode(), form.getIdentifier(), form.getPage());
            model.addAttribute("found", found);
            model.addAttribute(
                    "pagination", Pagination.of(found.page(), found.totalPages(), n -> form.page(PATH, family, n)));
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
        }
        return "person/search";
    }

    /** The year typed, if it is one; null (and an error) if not, null if blank. */
    private Integer yearOfBirth(String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String year = typed.strip();
        if (!year.matches("[0-9]{4}")
                || Integer.parseInt(year) < 1900
                || Integer.parseInt(year) > LocalDate.now(clock).getYear()) {
            errors.rejectValue("yearOfBirth", "search.yearOfBirth.invalid");
            return null;
        }
        return Integer.valueOf(year);
    }
}
