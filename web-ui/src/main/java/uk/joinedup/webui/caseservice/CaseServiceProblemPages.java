package uk.joinedup.webui.caseservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.joinedup.webui.security.PageIdentity;

/** Pages for what case-service refused outside a form: not found, not allowed, not available. */
@ControllerAdvice
class CaseServiceProblemPages {

    private final RequestCache pagesToReturnTo;
    private final PageIdentity identity;

    CaseServiceProblemPages(RequestCache pagesToReturnTo, PageIdentity identity) {
        this.pagesToReturnTo = pagesToReturnTo;
        this.identity = identity;
    }

    @ExceptionHandler(CaseServiceProblem.NotFound.class)
    String notFound(@AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        identity.addTo(model, user);
        return "error/404";
    }

    @ExceptionHandler(CaseServiceProblem.Forbidden.class)
    String forbidden(@AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        identity.addTo(model, user);
        return "error/403";
    }

    @ExceptionHandler(CaseServiceProblem.TooManySearches.class)
    String tooManySearches(
            CaseServiceProblem problem,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            HttpServletResponse response) {
        response.setStatus(429);
        return problemPage(problem, user, model);
    }

    @ExceptionHandler(CaseServiceProblem.class)
    String problem(
            CaseServiceProblem problem,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
        return problemPage(problem, user, model);
    }

    private String problemPage(CaseServiceProblem problem, OidcUser user, Model model) {
        identity.addTo(model, user);
        model.addAttribute("detail", problem.getMessage());
        return "error/problem";
    }

    /**
     * The user's sign-in can no longer be renewed (e.g. identity-service restarted): sign in again, and come
     * back to the page asked for (a page, not a form's submission, which the browser cannot send again).
     */
    @ExceptionHandler(ClientAuthorizationException.class)
    String signInAgain(HttpServletRequest request, HttpServletResponse response) {
        pagesToReturnTo.saveRequest(request, response);
        return "redirect:/oauth2/authorization/joinedup";
    }
}
