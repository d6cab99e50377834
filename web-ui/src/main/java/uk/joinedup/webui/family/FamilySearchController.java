package uk.joinedup.webui.family;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.webui.caseservice.Families;

/** Finding a family by name, for example a manager looking for a family referred to them. */
@Controller
class FamilySearchController {

    private final Families families;

    FamilySearchController(Families families) {
        this.families = families;
    }

    @GetMapping("/families")
    String search(@RequestParam(required = false) String name, Model model) {
        model.addAttribute("name", name);
        if (name != null) {
            if (name.isBlank()) {
                model.addAttribute("missing", true);
            } else {
                model.addAttribute("results", families.find(name.strip()));
            }
        }
        return "family/search";
    }
}
