package ir.kanoonyar.backoffice.errors;

import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/** What the error page (templates/error.html) needs beyond Spring's attributes: the upload limit it names. */
@Component
class PersianErrorAttributes extends DefaultErrorAttributes {

    private final UploadLimit uploads;

    PersianErrorAttributes(UploadLimit uploads) {
        this.uploads = uploads;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.put("maxUploadMegabytes", uploads.maxMegabytes());
        return attributes;
    }
}
