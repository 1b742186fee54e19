/**
 * The visual identity kit (هویت بصری, issue 10 item 5): the national admin's versioned standard
 * designs ({@link IdentityTemplate}, published by {@link IdentityTemplates}), the print-ready sign,
 * banner and letterhead of a licensed kanoon ({@link IdentityKit}, {@link IdentityKits}), the kit sent to
 * the manager through the outbox ({@link IdentityNotices}), and the photo of the installed sign that
 * county staff confirm or send back ({@link SignPhotos}).
 */
package ir.kanoonyar.db.identity;
