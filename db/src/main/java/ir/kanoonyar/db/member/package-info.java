/**
 * A kanoon's members roster (اعضا, issue 10 item 3): who the members are, kept by the kanoon's
 * manager one by one ({@link ir.kanoonyar.db.member.Roster}) or from a spreadsheet
 * ({@link ir.kanoonyar.db.member.RosterImport}: a preview, then all rows or none), and the counts
 * staff see ({@link ir.kanoonyar.db.member.RosterFigures}). Refusals are typed
 * ({@link ir.kanoonyar.db.member.MemberRefusal}) and worded in Persian from {@code i18n/members.properties}.
 */
package ir.kanoonyar.db.member;
