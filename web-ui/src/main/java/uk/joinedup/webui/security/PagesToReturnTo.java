package uk.joinedup.webui.security;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Where signing in returns the user: the last page (a GET the browser asked for as HTML) they were sent to
 * sign in from. A font, image, stylesheet or script the signed-out page fetched is never remembered, so it
 * cannot take the place of the page the user asked for.
 */
@Component
public class PagesToReturnTo extends HttpSessionRequestCache {

    public PagesToReturnTo() {
        MediaTypeRequestMatcher asksForHtml = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        asksForHtml.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        setRequestMatcher(new AndRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()), asksForHtml));
    }
}
