package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class CsvDownloadTest {

    @Test
    void theBrowserGetsCaseServicesCsvAsUtf8WithItsFileName() {
        byte[] body = "family,before\nWalker family,£700\n".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<byte[]> download = CsvDownload.of(ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cohort-cost.csv\"")
                .body(body));

        assertThat(download.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"cohort-cost.csv\"");
        assertThat(download.getBody()).isEqualTo(body);
    }

    @Test
    void nothingSentIsAnEmptyFileWithoutAName() {
        ResponseEntity<byte[]> download = CsvDownload.of(ResponseEntity.ok().build());

        assertThat(download.getHeaders().containsKey(HttpHeaders.CONTENT_DISPOSITION))
                .isFalse();
        assertThat(download.getBody()).isEmpty();
    }
}
