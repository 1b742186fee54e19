package ir.kanoonyar.db.filing;

import java.util.Map;

import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FieldType;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.Request;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and documents are kept as they are sent, while the form is filled, before any request
 * exists; the answer holds the attachment's id. Filing hands them to the request; one already
 * belonging to a request stays where it is.
 */
@Component
@Transactional
public class AnswerAttachments {

    private final Forms forms;
    private final AttachmentRepository attachments;

    public AnswerAttachments(Forms forms, AttachmentRepository attachments) {
        this.forms = forms;
        this.attachments = attachments;
    }

    public void attach(Request request, Map<String, String> answers) {
        for (FieldDefinition field : forms.of(request.getType()).fields()) {
            String value = answers.get(field.key());
            if ((field.type() == FieldType.PHOTO || field.type() == FieldType.DOCUMENT) && value != null
                    && !value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                attachments.findById(Long.valueOf(value)).filter(at -> at.getRequestId() == null)
                        .ifPresent(at -> at.attachTo(request.getId()));
            }
        }
    }
}
