package uk.joinedup.webui;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A web address whose query a page cannot read (a hand-typed {@code ?asAt=1-6-2026}, a page number that is not
 * a number) answers 400 in plain words, naming the part at fault, never the framework's conversion message.
 */
@ControllerAdvice
class AddressProblemPages {

    private final MessageSource messages;

    AddressProblemPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unreadable(MethodArgumentTypeMismatchException problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(
                "part",
                messages.getMessage(
                        "error.400.part." + problem.getName(),
                        null,
                        messages.getMessage("error.400.part", null, LocaleContextHolder.getLocale()),
                        LocaleContextHolder.getLocale()));
        return "error/400";
    }
}
