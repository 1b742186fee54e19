package ir.kanoonyar.backoffice.guidelines;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.RequestType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One row of the review-route page: a request type's route in a province (none: the national
 * default). The type and province come from hidden fields; a missing type is a forged form.
 */
public class RouteForm {

    private Long province;

    private RequestType type;

    private boolean countyReview;

    private boolean provinceReview;

    private List<ConsentRole> consents = new ArrayList<>();

    @NotNull(message = "{route.error.days}")
    @Min(value = 1, message = "{route.error.days}")
    @Max(value = 365, message = "{route.error.days}")
    private Integer reviewDays;

    @AssertTrue(message = "{route.error.noStep}")
    public boolean isAnyStep() {
        return countyReview || provinceReview;
    }

    Set<ConsentRole> consentRoles() {
        return consents == null || consents.isEmpty() ? EnumSet.noneOf(ConsentRole.class) : EnumSet.copyOf(consents);
    }

    public Long getProvince() {
        return province;
    }

    public void setProvince(Long province) {
        this.province = province;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public boolean isCountyReview() {
        return countyReview;
    }

    public void setCountyReview(boolean countyReview) {
        this.countyReview = countyReview;
    }

    public boolean isProvinceReview() {
        return provinceReview;
    }

    public void setProvinceReview(boolean provinceReview) {
        this.provinceReview = provinceReview;
    }

    public List<ConsentRole> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentRole> consents) {
        this.consents = consents;
    }

    public Integer getReviewDays() {
        return reviewDays;
    }

    public void setReviewDays(Integer reviewDays) {
        this.reviewDays = reviewDays;
    }
}
