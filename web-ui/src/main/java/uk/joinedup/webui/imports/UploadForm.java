package uk.joinedup.webui.imports;

import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;

/** What the upload form posts: the kind of extract (its id) and the CSV file. */
public class UploadForm {

    /** The most case-service takes in one extract (web-ui's own multipart limit is higher: see application.yml). */
    static final long MOST_BYTES = 20L * 1024 * 1024;

    private String extractType;
    private MultipartFile file;

    /** The message code of what is wrong with the file chosen, or null when there is a file to send. */
    String fileProblem() {
        if (file == null || (file.isEmpty() && blank(file.getOriginalFilename()))) {
            return "imports.file.missing";
        }
        if (!blank(file.getOriginalFilename())
                && !file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return "imports.file.notCsv";
        }
        if (file.isEmpty()) {
            return "imports.file.empty";
        }
        if (file.getSize() > MOST_BYTES) {
            return "imports.file.tooLarge";
        }
        return null;
    }

    /** The file's name without any folder a browser sent with it. */
    String fileName() {
        String name = file.getOriginalFilename();
        if (blank(name)) {
            return "extract.csv";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getExtractType() {
        return extractType;
    }

    public void setExtractType(String extractType) {
        this.extractType = extractType;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
