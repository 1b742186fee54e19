package ir.kanoonyar.bot.flows;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.identity.SignPhotos;
import org.springframework.stereotype.Component;

/**
 * The photo of a kanoon's installed sign (issue 10 item 5): started by «ارسال عکس تابلوی نصب‌شده»
 * under the identity kit, it asks for a photo (a photo or an image sent as a file, checked by its
 * bytes) and hands it to county staff through {@link SignPhotos}. Only the kanoon's manager, and only
 * while its licence holds; a forged kanoon id gets the same refusal as someone else's kanoon.
 */
@Component
public class SignPhotoFlow implements Flow {

    public static final String ID = "SIGN_PHOTO";
    static final String PHOTO = "PHOTO";
    /** The attachment's field key: what the photo is. */
    static final String FIELD_KEY = "sign_photo";

    private final SignPhotos photos;
    private final FileIntake files;
    private final Texts texts;
    private final StateTable table;

    public SignPhotoFlow(SignPhotos photos, FileIntake files, Texts texts) {
        this.photos = photos;
        this.files = files;
        this.texts = texts;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(PHOTO))
                .state(PHOTO,
                        Handler.file(this::photo),
                        Handler.button(ButtonData.SignPhotoStart.class, this::start),
                        Handler.otherwise(this::expected))
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** argument: the pressed {@link ButtonData.SignPhotoStart}. */
    @Override
    public Next start(Turn turn, Object argument) {
        return start(turn, (ButtonData.SignPhotoStart) argument);
    }

    private Next start(Turn turn, ButtonData.SignPhotoStart button) {
        SignPhotos.Permission permission = photos.permission(turn.personId(), button.kanoonId());
        if (!(permission instanceof SignPhotos.Allowed allowed)) {
            refuse(turn, permission);
            return Next.idle();
        }
        turn.state().signKanoonId = allowed.kanoonId();
        turn.say(texts.get(Text.SIGN_PHOTO_ASK, allowed.kanoonName()));
        return Next.to(PHOTO);
    }

    private Next photo(Turn turn, Incoming.FileShared file) {
        Long kanoonId = turn.state().signKanoonId;
        if (kanoonId == null) {
            return Next.idle();
        }
        // Checked again: the licence may have been stopped, or the manager changed, since the question.
        SignPhotos.Permission permission = photos.permission(turn.personId(), kanoonId);
        if (!(permission instanceof SignPhotos.Allowed)) {
            refuse(turn, permission);
            return Next.idle();
        }
        FileIntake.Outcome taken = files.take(turn.incoming().channel(), FIELD_KEY, file.fileId(), file.fileName(),
                true);
        if (taken.refusal() != null) {
            turn.say(texts.get(taken.refusal()));
            return Next.stay();
        }
        SignPhotos.Permission kept = photos.received(turn.personId(), kanoonId, taken.attachmentId());
        if (kept instanceof SignPhotos.Allowed allowed) {
            turn.say(texts.get(Text.SIGN_PHOTO_RECEIVED, allowed.kanoonName()));
        } else {
            refuse(turn, kept);
        }
        return Next.idle();
    }

    private Next expected(Turn turn) {
        turn.say(texts.get(Text.SIGN_PHOTO_EXPECTED));
        return Next.stay();
    }

    private void refuse(Turn turn, SignPhotos.Permission permission) {
        if (permission instanceof SignPhotos.NoValidLicence none) {
            turn.say(texts.get(Text.SIGN_PHOTO_NO_LICENCE, none.kanoonName()));
        } else {
            turn.say(texts.get(Text.SIGN_PHOTO_NOT_MANAGER));
        }
    }
}
