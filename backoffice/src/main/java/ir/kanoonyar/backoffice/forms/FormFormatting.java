package ir.kanoonyar.backoffice.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every Integer a form object binds (and every Integer request parameter) is read by
 * {@link PersianNumberFormatter}, so no controller parses digits by hand.
 */
@Configuration(proxyBeanMethods = false)
class FormFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Integer.class, new PersianNumberFormatter());
    }
}
