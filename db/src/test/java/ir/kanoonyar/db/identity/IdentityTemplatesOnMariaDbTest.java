package ir.kanoonyar.db.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import ir.kanoonyar.db.identity.IdentityTemplates.Refusal;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Versions of the standard designs: V44's version 1 works out of the box, a new version is checked
 * whole and only ever added, the highest number is in force, and a logo is kept only when its bytes
 * are a picture.
 */
class IdentityTemplatesOnMariaDbTest extends MariaDbTest {

    @Autowired
    IdentityTemplates templates;

    @Test
    void theSeededVersionPlacesEveryElementOnEveryPieceAndPassesItsOwnRules() {
        IdentityTemplate first = templates.version(1).orElseThrow();

        assertThat(first.design(Piece.SIGN).getWidthMm()).isEqualTo(1500);
        assertThat(first.design(Piece.LETTERHEAD).getHeightMm()).isEqualTo(297);
        assertThat(first.getLogo()).isEmpty();
        assertThat(IdentityTemplates.check(TemplateDraft.of(first))).isEmpty();
    }

    @Test
    void aNewVersionIsAddedInForceAndTheOldOneStaysAsItWas() throws Exception {
        IdentityTemplate before = templates.current();
        TemplateDraft draft = TemplateDraft.of(before);
        List<Design> designs = new ArrayList<>(draft.designs());
        designs.replaceAll(d -> d.getPiece() == Piece.SIGN ? new Design(Piece.SIGN, 1600, 500, "#7a1f2b", "#ffffff") : d);
        byte[] logo = png();

        IdentityTemplates.Outcome outcome = templates.publish(new TemplateDraft("تابلوی زرشکی", designs,
                draft.placements(), logo), "demo-national");

        assertThat(outcome).isInstanceOf(IdentityTemplates.Published.class);
        int number = ((IdentityTemplates.Published) outcome).versionNumber();
        assertThat(number).isEqualTo(before.getVersionNumber() + 1);
        IdentityTemplate now = templates.current();
        assertThat(now.getVersionNumber()).isEqualTo(number);
        assertThat(now.design(Piece.SIGN).getBackground()).isEqualTo("#7a1f2b");
        assertThat(now.getLogo()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(logo));
        assertThat(now.getLogoContentType()).isEqualTo("image/png");
        assertThat(templates.version(before.getVersionNumber()).orElseThrow().design(Piece.SIGN).getBackground())
                .isEqualTo(before.design(Piece.SIGN).getBackground());

        // No logo uploaded: the version in force keeps its logo.
        templates.publish(TemplateDraft.of(now), "demo-national");
        assertThat(templates.current().getLogo()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(logo));
        assertThat(templates.versions().get(0).getVersionNumber()).isEqualTo(number + 1);
    }

    @Test
    void aBrokenVersionIsRefusedWithItsReasonAndNothingIsAdded() {
        TemplateDraft good = TemplateDraft.of(templates.current());
        int latest = templates.current().getVersionNumber();

        assertRefused(withSign(good, new Design(Piece.SIGN, 1500, 500, "#0b6e4f", "#0c6f50")), Refusal.NO_CONTRAST);
        assertRefused(withSign(good, new Design(Piece.SIGN, 1500, 500, "green", "#ffffff")), Refusal.BAD_COLOUR);
        // The sign made too short for its QR code.
        assertRefused(withSign(good, new Design(Piece.SIGN, 1500, 200, "#0b6e4f", "#ffffff")), Refusal.OUTSIDE);
        assertRefused(new TemplateDraft(null, good.designs(), good.placements().stream()
                .filter(p -> !(p.getPiece() == Piece.BANNER && p.getElement() == Element.QR)).toList(), null),
                Refusal.PLACEMENT_MISSING);
        assertRefused(new TemplateDraft(null, good.designs(), good.placements(),
                "MZ a program, not a logo".getBytes()), Refusal.LOGO_NOT_AN_IMAGE);
        assertRefused(new TemplateDraft(null, good.designs(), good.placements(), "%PDF-1.4".getBytes()),
                Refusal.LOGO_NOT_AN_IMAGE);

        assertThat(templates.current().getVersionNumber()).isEqualTo(latest);
    }

    private void assertRefused(TemplateDraft draft, Refusal refusal) {
        IdentityTemplates.Outcome outcome = templates.publish(draft, "demo-national");
        assertThat(outcome).isInstanceOfSatisfying(IdentityTemplates.Refused.class,
                r -> assertThat(r.refusal()).isEqualTo(refusal));
    }

    private static TemplateDraft withSign(TemplateDraft draft, Design sign) {
        List<Design> designs = new ArrayList<>(draft.designs());
        designs.replaceAll(d -> d.getPiece() == Piece.SIGN ? sign : d);
        return new TemplateDraft(null, designs, draft.placements(), null);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
