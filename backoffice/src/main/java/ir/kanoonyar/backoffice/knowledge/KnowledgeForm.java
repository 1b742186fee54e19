package ir.kanoonyar.backoffice.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * A knowledge-base answer as typed: title, body and tags (separated by «،» or commas), and optionally a
 * file (a PDF or a picture) or, when changing one, whether to remove its file.
 */
public class KnowledgeForm {

    @NotBlank(message = "{knowledge.title.required}")
    @Size(max = 200, message = "{knowledge.title.tooLong}")
    private String title;

    @NotBlank(message = "{knowledge.body.required}")
    @Size(max = 4000, message = "{knowledge.body.tooLong}")
    private String body;

    @Size(max = 500, message = "{knowledge.tags.tooLong}")
    private String tags;

    private MultipartFile file;

    private boolean removeFile;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public boolean isRemoveFile() {
        return removeFile;
    }

    public void setRemoveFile(boolean removeFile) {
        this.removeFile = removeFile;
    }
}
