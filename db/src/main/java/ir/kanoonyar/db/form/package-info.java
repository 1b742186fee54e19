/**
 * The request forms: what the bot asks, one field at a time, and what the back-office shows.
 *
 * <ul>
 * <li>{@link ir.kanoonyar.db.form.Forms} holds the {@link ir.kanoonyar.db.form.FormDefinition} of every
 * {@link ir.kanoonyar.db.request.RequestType}: ordered {@link ir.kanoonyar.db.form.FieldDefinition}s whose
 * keys ({@link ir.kanoonyar.db.form.FieldKeys}) are shared across forms and stored as
 * {@code request_answer.field_key}.</li>
 * <li>{@link ir.kanoonyar.db.form.FieldValidator} turns a {@link ir.kanoonyar.db.form.RawAnswer} (typed
 * text, a contact, a location, a file, a button, a skip) into a {@link ir.kanoonyar.db.form.FieldResult}:
 * the normalised string to store, or the bundle key of a Persian reason.</li>
 * <li>{@link ir.kanoonyar.db.form.FormMessages} reads {@code i18n/forms.properties}: questions, hints,
 * labels, choice labels, reasons, and stored answers as people read them.</li>
 * <li>{@link ir.kanoonyar.db.form.RegionLookup} matches typed province and county names
 * ({@link ir.kanoonyar.db.form.JpaRegionLookup} over the database).</li>
 * </ul>
 * No Persian text in code: all of it is in the bundle, which FormBundleTest keeps in step.
 */
package ir.kanoonyar.db.form;
