package ir.kanoonyar.backoffice.broadcasts;

import ir.kanoonyar.db.broadcast.Broadcast;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the compose form sends, as typed. when: "now" or "later"; date (Jalali) and time (HH:mm,
 * Tehran) for later. Enum fields hold constant names or are empty for "any". The form refuses what
 * no broadcast could be (no group, a text beyond a message's length); what depends on the file, the
 * clock, the region or the recipients is {@link Broadcasts}' to refuse, and the controller shows
 * those refusals next to their fields too.
 */
public class BroadcastForm {

    private Long province;
    private Long county;

    @NotBlank(message = "{broadcast.error.role}")
    private String role;

    private String audience;
    private String area;

    @Size(max = Broadcast.MAX_TEXT, message = "{broadcast.error.textLength}")
    private String text;

    private String when;
    private String date;
    private String time;

    static BroadcastForm empty() {
        BroadcastForm form = new BroadcastForm();
        form.role = "EVERYONE";
        form.text = "";
        form.when = "now";
        return form;
    }

    public Long getProvince() {
        return province;
    }

    public void setProvince(Long province) {
        this.province = province;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
