package ir.kanoonyar.backoffice.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ir.kanoonyar.db.persian.JalaliDate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field that holds a Jalali date as typed (1404/01/01, in any digits; {@link JalaliDate#parse}
 * decides). Blank passes: whether the date is required is {@code @NotBlank}'s to say. The message
 * is the form's own key, so each page says which date is wrong.
 */
@Documented
@Constraint(validatedBy = JalaliDay.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface JalaliDay {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<JalaliDay, String> {
        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            return typed == null || typed.isBlank() || JalaliDate.parse(typed).isValid();
        }
    }
}
