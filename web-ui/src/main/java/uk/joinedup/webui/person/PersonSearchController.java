package uk.joinedup.webui.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonMatch;
import uk.joinedup.webui.govuk.FormErrors;

/**
 * Finding a person by family name (narrowed by given names and date of birth) or by an NHS number,
 * National Insurance number or Unique Pupil Number. With {@code family}, the results offer adding the
 * person to that family.
 */
@Controller
class PersonSearchController {

    private final People people;
    private final Clock clock;

    PersonSearchController(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/people")
    String search(
            @ModelAttribute("form") PersonSearchForm form,
            BindingResult errors,
            @RequestParam(required = false) String family,
            Model model) {
        model.addAttribute("family", family);
        if (form.empty()) {
            return "person/search";
        }
        LocalDate dateOfBirth = form.getDateOfBirth()
                .validate(
                        "dateOfBirth",
                        new DefaultMessageSourceResolvable("dateOfBirth.label"),
                        null,
                        LocalDate.now(clock),
                        errors);
        if (!form.byIdentifier()
                && (form.getFamilyName() == null || form.getFamilyName().isBlank())) {
            errors.rejectValue("familyName", "search.familyName.missing");
        }
        if (errors.hasErrors()) {
            return "person/search";
        }
        try {
            List<PersonMatch> found = form.byIdentifier()
                    ? people.find(null, null, null, form.getIdentifier())
                    : people.find(form.getFamilyName(), form.getGivenNames(), dateOfBirth, null);
            model.addAttribute("results", found);
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
        }
        return "person/search";
    }
}
