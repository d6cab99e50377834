package uk.joinedup.webui.caseservice;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV case-service made, handed to the browser as it was sent: the body as UTF-8 CSV, and its file name. */
public final class CsvDownload {

    private CsvDownload() {}

    public static ResponseEntity<byte[]> of(ResponseEntity<byte[]> csv) {
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        String disposition = csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return answer.body(csv.getBody() == null ? new byte[0] : csv.getBody());
    }
}
