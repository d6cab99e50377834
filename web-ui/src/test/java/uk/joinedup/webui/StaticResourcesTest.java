package uk.joinedup.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Style sheets, scripts and GOV.UK Frontend are served from their paths, and a link to a page is not
 * looked up as a static file (which cost most of web-ui's processor time when every path was static).
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class StaticResourcesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ResourceUrlProvider resourceUrls;

    @Test
    void styleSheetsAndScriptsAreServed() throws Exception {
        mvc.perform(get("/css/joinedup.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/css"));
        mvc.perform(get("/js/session-timeout.js")).andExpect(status().isOk());
    }

    @Test
    void govukFrontendIsServedByItsVersionlessAddress() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/css"));
    }

    @Test
    void aLinkToAPageIsNotLookedUpAsAStaticFile() {
        assertThat(resourceUrls.getForLookupPath("/families/f-1/chronology")).isNull();
        assertThat(resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/webjars/**");
    }

    @Test
    void aVersionlessLinkToGovukFrontendIsWrittenWithItsVersion() {
        assertThat(resourceUrls.getForLookupPath("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
                .matches("/webjars/govuk-frontend/[0-9.]+/dist/govuk/govuk-frontend.min.css");
    }
}
