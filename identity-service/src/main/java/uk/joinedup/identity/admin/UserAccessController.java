package uk.joinedup.identity.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.invitation.LinkKind;

/** Whether and how a user can sign in: deactivation, unlocking, invitation and reset links. */
@Controller
class UserAccessController {

    private final Administrators administrators;
    private final UserAdministration administration;
    private final UserAdminController users;

    UserAccessController(Administrators administrators, UserAdministration administration, UserAdminController users) {
        this.administrators = administrators;
        this.administration = administration;
        this.users = users;
    }

    @PostMapping("/admin/users/{username}/deactivate")
    String deactivate(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            HttpServletRequest request) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = administrators.managedUser(by, username);
        if (user.username().equals(by.username())) {
            throw new AccessDeniedException("administrators cannot deactivate themselves");
        }
        administration.deactivate(user, by, request.getRemoteAddr());
        return "redirect:/admin/users/" + user.username() + "?deactivated";
    }

    @PostMapping("/admin/users/{username}/reactivate")
    String reactivate(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            HttpServletRequest request) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = administrators.managedUser(by, username);
        administration.reactivate(user, by, request.getRemoteAddr());
        return "redirect:/admin/users/" + user.username() + "?reactivated";
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            HttpServletRequest request) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = administrators.managedUser(by, username);
        administration.unlock(user, by, request.getRemoteAddr());
        return "redirect:/admin/users/" + user.username() + "?unlocked";
    }

    @PostMapping("/admin/users/{username}/invitation")
    String invite(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return issue(signedIn, username, LinkKind.INVITATION, request, redirect);
    }

    @PostMapping("/admin/users/{username}/password-reset")
    String resetPassword(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return issue(signedIn, username, LinkKind.PASSWORD_RESET, request, redirect);
    }

    @PostMapping("/admin/users/{username}/reset-authenticator")
    String resetAuthenticator(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = enabled(administrators.managedUser(by, username));
        redirect.addFlashAttribute(
                UserAdminController.ISSUED_LINK,
                users.linkView(
                        administration.resetAuthenticator(user, by, request.getRemoteAddr()), "admin.link.invitation"));
        return "redirect:/admin/users/" + user.username();
    }

    private String issue(
            DirectoryUser signedIn,
            String username,
            LinkKind kind,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = enabled(administrators.managedUser(by, username));
        redirect.addFlashAttribute(
                UserAdminController.ISSUED_LINK,
                users.linkView(
                        administration.issue(user, kind, by, request.getRemoteAddr()),
                        kind == LinkKind.INVITATION ? "admin.link.invitation" : "admin.link.reset"));
        return "redirect:/admin/users/" + user.username();
    }

    private static UserAccount enabled(UserAccount user) {
        if (!user.enabled()) {
            throw new AccessDeniedException("reactivate the user first");
        }
        return user;
    }
}
