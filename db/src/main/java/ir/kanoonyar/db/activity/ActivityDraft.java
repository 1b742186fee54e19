package ir.kanoonyar.db.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report being written in the bot, kept as JSON in the chat's conversation state (so it survives
 * days away and restarts) until it is submitted. Plain mutable data.
 */
public class ActivityDraft {

    /** The field key of the attachments that hold a draft's photos. */
    public static final String PHOTO_FIELD = "activity.photo";

    /** Names the draft: a report keeps it, so the same draft submitted twice is stored once. */
    public String key;
    /** The kanoon reported for (the one the person manages when the draft began). */
    public Long kanoonId;
    /** Set when the draft edits a submitted report (its photos stay as they are). */
    public Long reportId;
    public Corridor corridor;
    public String title;
    public LocalDate activityDate;
    public ActivityAudience audience;
    public int participants;
    public String description;
    /** The photos sent so far, kept as attachments until the report is submitted. */
    public List<Long> photoAttachmentIds = new ArrayList<>();
    /** Their sha256, so that the same picture sent twice is refused. */
    public List<String> photoHashes = new ArrayList<>();
    /** The summary has been shown: a changed answer returns to it. */
    public boolean atSummary;
}
