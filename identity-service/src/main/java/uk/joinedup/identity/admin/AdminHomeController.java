package uk.joinedup.identity.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.joinedup.identity.directory.DirectoryUser;

/** The administration start page: what this administrator can manage. */
@Controller
class AdminHomeController {

    private final Administrators administrators;

    AdminHomeController(Administrators administrators) {
        this.administrators = administrators;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal DirectoryUser signedIn, Model model) {
        model.addAttribute("administrator", administrators.current(signedIn));
        return "admin/home";
    }
}
