package ir.kanoonyar.backoffice.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a form as a page wrote it: a field's value and the error shown next to it. */
public final class RenderedForm {

    private static final Pattern ERROR = Pattern.compile("<span class=\"problem\" role=\"alert\">([^<]*)</span>");

    private RenderedForm() {
    }

    /** The form with that id or class. */
    public static String form(String html, String idOrClass) {
        Matcher m = Pattern.compile("<form[^>]*(?:id=\"" + idOrClass + "\"|class=\"[^\"]*\\b" + idOrClass + "\\b[^\"]*\")")
                .matcher(html);
        assertThat(m.find()).as("form " + idOrClass).isTrue();
        return html.substring(m.start(), html.indexOf("</form>", m.start()));
    }

    /** The error shown right after the field of that name, before the next field. */
    public static String errorAfter(String html, String field) {
        int at = html.indexOf("name=\"" + field + "\"");
        assertThat(at).as("field " + field).isPositive();
        Matcher m = ERROR.matcher(html);
        assertThat(m.find(at)).as("an error after " + field).isTrue();
        int next = html.indexOf("name=\"", at + 1);
        assertThat(next == -1 || m.start() < next).as("the error of " + field + " comes before the next field").isTrue();
        return m.group(1);
    }

    /** The value of the input of that name. */
    public static String valueOf(String html, String field) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + field + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("input " + field).isTrue();
        return m.group(1);
    }
}
