package uk.joinedup.webui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in returns to the page the user was sent from, even when the signed-out page then fetched a font
 * or an image that needed a sign-in (what a browser without Arial does with GOV.UK Frontend's stylesheet).
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class PagesToReturnToTest {

    private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest(name = "{0} {1} asking for {2}: remembered {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            GET  | /families/f-1 | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true
            GET  | /outcomes     | text/html                                                       | true
            POST | /families/f-1 | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | false
            GET  | /assets/x.woff| */*                                                             | false
            GET  | /css/x.css    | text/css,*/*;q=0.1                                              | false
            GET  | /img/x.png    | image/avif,image/webp,image/apng,image/*,*/*;q=0.8              | false
            GET  | /families.csv | text/csv                                                        | false
            """)
    void onlyAPageTheBrowserAskedForIsRemembered(String method, String path, String accept, boolean remembered) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", accept);
        MockHttpServletResponse response = new MockHttpServletResponse();
        PagesToReturnTo pages = new PagesToReturnTo();

        pages.saveRequest(request, response);

        assertThat(pages.getRequest(request, response) != null).isEqualTo(remembered);
    }

    @Test
    void gdsTransportFontsAreNotServedAndNeverAskForASignIn() throws Exception {
        mvc.perform(get("/assets/fonts/light-f591b13f7d-v2.woff").accept("*/*")).andExpect(status().isNotFound());
    }

    @Test
    void aFontFetchedAfterBeingSentToSignInDoesNotReplaceThePageToReturnTo() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/families/f-1").session(session).header("Accept", PAGE))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/joinedup"));
        mvc.perform(get("/favourite-font.woff").session(session).header("Accept", "*/*"))
                .andExpect(status().isFound());

        SavedRequest saved = new PagesToReturnTo().getRequest(requestIn(session), new MockHttpServletResponse());
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).startsWith("http://localhost/families/f-1?");
    }

    private static MockHttpServletRequest requestIn(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }
}
