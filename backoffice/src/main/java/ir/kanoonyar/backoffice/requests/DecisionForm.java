package ir.kanoonyar.backoffice.requests;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * What a decision's form posts: the request's version as the page showed it, the comment and, for
 * a return, the fields the applicant must fix. Only the version is checked here; the comment and the
 * fields are checked by {@link DecisionRules}, because their answers carry the length typed and a
 * configured minimum, and the fields a return may name depend on the request.
 */
public class DecisionForm {

    @NotNull(message = "{decision.versionRequired}")
    private Long version;

    private String comment;

    private List<String> fields = new ArrayList<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields == null ? new ArrayList<>() : fields;
    }
}
