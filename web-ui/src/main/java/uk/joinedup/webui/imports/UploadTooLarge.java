package uk.joinedup.webui.imports;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file larger than web-ui takes ({@code spring.servlet.multipart}, the 20 MB case-service takes) is refused while
 * the request is read, before any controller: the user is sent back to the upload form, which says so against the
 * file field, rather than to an error page. The upload form is the only one that sends files.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String backToTheForm(RedirectAttributes redirect) {
        redirect.addFlashAttribute(ImportsController.TOO_LARGE, true);
        return "redirect:" + ImportsController.PATH;
    }
}
