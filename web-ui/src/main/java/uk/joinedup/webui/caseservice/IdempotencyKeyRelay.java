package uk.joinedup.webui.caseservice;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Makes a form posted twice (a double click, the browser resending it) change things once: the POSTs a
 * form's submission makes to case-service carry an {@code Idempotency-Key} made from the key the form was
 * shown with ({@link IdempotencyKeyAdvice}) and the call's place in the submission ({@code <key>-1},
 * {@code <key>-2}, ...), so that each call of a resent submission repeats its first one and case-service
 * answers it as it did then. Forms without a key (or with one that is not a UUID) send none.
 */
class IdempotencyKeyRelay implements ClientHttpRequestInterceptor {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String CALLS = IdempotencyKeyRelay.class.getName() + ".calls";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (HttpMethod.POST.equals(request.getMethod())
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest submission = attributes.getRequest();
            String key = submission.getParameter(IdempotencyKeyAdvice.PARAMETER);
            if (key != null && UUID.matcher(key).matches()) {
                int call = submission.getAttribute(CALLS) instanceof Integer made ? made + 1 : 1;
                submission.setAttribute(CALLS, call);
                request.getHeaders().set(HEADER, key + "-" + call);
            }
        }
        return execution.execute(request, body);
    }
}
