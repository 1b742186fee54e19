package ir.kanoonyar.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.activity.ActivityDraft;
import ir.kanoonyar.db.request.RequestType;

/**
 * Where a chat is in its conversation, kept as JSON in conversation_session.state, so a restart
 * resumes exactly there. Plain mutable data: the flows change it while handling one update, inside
 * the transaction that then saves it.
 */
public class ConversationState {

    /**
     * The id of the flow the chat is in ({@link Flow#id()}); null: at the main menu. Rows written
     * before flows declared their states say FORM, CONSENT or WITHDRAW, see {@link #upgraded()}.
     */
    public String flow;

    /** The flow's state (a name in its {@link StateTable}); null at the main menu and in rows from before. */
    public String step;

    /** Changes whenever the bot shows a new inline keyboard; a button from an older one is refused. */
    public int stamp;

    public FormState form;
    public ConsentState consent;
    /** The request a withdrawal is being confirmed for. */
    public Long requestId;
    /** The enrolment whose quiz question the chat waits on (the training flow's QUIZ state). */
    public Long enrolmentId;
    /** An activity report being written or edited (the activity report flow). */
    public ActivityDraft activity;

    public void reset() {
        flow = null;
        step = null;
        form = null;
        consent = null;
        requestId = null;
        enrolmentId = null;
        activity = null;
    }

    /** Legacy flow value of a withdrawal being confirmed, now a state of the my-requests flow. */
    static final String LEGACY_WITHDRAW = "WITHDRAW";

    /**
     * The state of a row written before flows declared their states: its step is derived from the
     * flow's own data, so a chat half way through a form or a consent resumes where it was.
     */
    ConversationState upgraded() {
        if (flow == null || step != null) {
            return this;
        }
        switch (flow) {
            case "FORM" -> step = form != null && form.atSummary ? "SUMMARY" : "FIELD";
            case "CONSENT" -> step = consent != null && consent.step != null ? consent.step.name() : "CONTACT";
            case LEGACY_WITHDRAW -> {
                flow = "MY_REQUESTS";
                step = "CONFIRM_WITHDRAW";
            }
            default -> {
            }
        }
        return this;
    }

    /** A form being filled in, one field at a time. */
    public static class FormState {
        public RequestType type;
        /** The fields to ask, in order: the whole form, or only those staff asked to fix. */
        public List<String> fields = new ArrayList<>();
        public int index;
        public Map<String, String> answers = new LinkedHashMap<>();
        public boolean atSummary;
        /** A field being changed from the summary; after it the summary shows again. */
        public String editing;
        /** Choices ticked so far in a multi-choice field. */
        public List<String> ticked = new ArrayList<>();
        /** Set when fixing a returned request. */
        public Long requestId;
        /** Ids offered as buttons for a KANOON or MOSQUE field, so a stale or forged id is refused. */
        public List<String> offered = new ArrayList<>();
        /** Names of the mosques found for the typed text, shown on their buttons. */
        public Map<String, String> offeredNames = new LinkedHashMap<>();

        public String currentField() {
            return editing != null ? editing : (index < fields.size() ? fields.get(index) : null);
        }
    }

    /** A signer going through a consent link. */
    public static class ConsentState {
        public String token;
        /** Written by rows from before {@link ConversationState#step}; read only to resume them. */
        public Step step;
        public Long signerPersonId;
        public Boolean sign;

        public enum Step {
            CONTACT,
            DECIDE,
            COMMENT
        }
    }
}
