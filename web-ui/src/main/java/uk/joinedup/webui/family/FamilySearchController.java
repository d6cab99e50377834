package uk.joinedup.webui.family;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamiliesFound;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Pagination;

/**
 * Finding a family by its name, a member's name or a member's postcode (for example a manager looking for
 * a family referred to them); 50 a page.
 */
@Controller
class FamilySearchController {

    private static final String PATH = "/families";

    private final Families families;

    FamilySearchController(Families families) {
        this.families = families;
    }

    @GetMapping(PATH)
    String search(@ModelAttribute("form") FamilySearchForm form, BindingResult errors, Model model) {
        if (form.opened() && !errors.hasErrors()) {
            return "family/search";
        }
        if (form.blank()) {
            errors.rejectValue("name", "familySearch.name.missing");
        }
        if (form.getPage() < 1) {
            form.setPage(1);
        }
        if (errors.hasErrors()) {
            return "family/search";
        }
        try {
            FamiliesFound found = families.find(form.getName(), form.getPostcode(), form.getPage());
            model.addAttribute("found", found);
            model.addAttribute("pagination", Pagination.of(found.page(), found.totalPages(), n -> form.page(PATH, n)));
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
        }
        return "family/search";
    }
}
