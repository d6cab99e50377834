package uk.joinedup.webui.subjectaccess;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import uk.joinedup.webui.caseservice.SubjectAccessRequestView;

/**
 * The response to a subject access request as a PDF to send: the print template ({@code subjectaccess/response-pdf})
 * rendered to XHTML, then by openhtmltopdf to a tagged PDF (PDF/UA, for screen readers, and PDF/A-3u, to keep) with
 * its one font embedded: Liberation Sans, which PDFBox ships, so the PDF is the same on every machine. Nothing is
 * fetched while it is made but its stylesheet, {@code print/subject-access-response.css} on the class path.
 */
@Component
class ResponsePdf {

    private static final String TEMPLATE = "subjectaccess/response-pdf";
    private static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Read from the class path by this class, not through a URL: the same from the classes or the Boot jar. */
    private static final String STYLESHEET = "classpath:/print/subject-access-response.css";

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final SpringTemplateEngine templates;
    private final ApplicationContext beans;

    ResponsePdf(SpringTemplateEngine templates, ApplicationContext beans) {
        this.templates = templates;
        this.beans = beans;
    }

    /** The PDF of the response as it stands, produced at {@code producedAt}. */
    byte[] render(SubjectAccessRequestView request, ResponsePage response, Instant producedAt) {
        Context page = new Context(
                Locale.UK,
                Map.of(
                        "request", request,
                        "response", response,
                        "producedAt", producedAt,
                        "stylesheet", STYLESHEET));
        // lets the template use @labels and @times, as the pages do
        page.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        String xhtml = templates.process(TEMPLATE, page);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_3_U)
                    .useColorProfile(SRGB)
                    .useFont(
                            () -> ResponsePdf.class.getResourceAsStream(FONT), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useProtocolsStreamImplementation(ResponsePdf::stylesheet, "classpath")
                    .useExternalResourceAccessControl(
                            (uri, type) -> type == ExternalResourceType.CSS && STYLESHEET.equals(uri),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return pdf.toByteArray();
    }

    /** The stylesheet, the one resource the access control lets through. */
    private static FSStream stylesheet(String uri) {
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return ResponsePdf.class.getResourceAsStream(uri.substring("classpath:".length()));
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }
}
