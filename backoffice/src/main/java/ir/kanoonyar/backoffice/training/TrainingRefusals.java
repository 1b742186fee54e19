package ir.kanoonyar.backoffice.training;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the training pages: a Persian page saying why, with the refusal's status (404 or 403). */
@ControllerAdvice(basePackageClasses = TrainingRefusals.class)
class TrainingRefusals {

    private final CurrentStaff current;

    TrainingRefusals(CurrentStaff current) {
        this.current = current;
    }

    @ExceptionHandler(TrainingRefusal.class)
    ModelAndView refused(TrainingRefusal refusal) {
        ModelAndView page = new ModelAndView("training/refused", refusal.status());
        page.addObject("staff", current.get());
        page.addObject("reason", refusal.messageKey());
        return page;
    }
}
