package ir.kanoonyar.bot.forms;

import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.stereotype.Component;

/** A form's answers as "label: value" lines, for the form's summary and for what signers read. */
@Component
public class FormDescription {

    private final Forms forms;
    private final FormMessages messages;

    public FormDescription(Forms forms, FormMessages messages) {
        this.forms = forms;
        this.messages = messages;
    }

    /** In form order; fields in leaveOut and fields without an answer are not shown. */
    public String describe(RequestType type, Map<String, String> answers, List<String> leaveOut) {
        StringBuilder text = new StringBuilder();
        for (FieldDefinition field : forms.of(type).fields()) {
            String value = answers.get(field.key());
            if (value != null && !leaveOut.contains(field.key())) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(messages.label(field.key())).append(": ").append(messages.display(field, value));
            }
        }
        return text.toString();
    }
}
