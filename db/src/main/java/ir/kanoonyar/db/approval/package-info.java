/**
 * What a request's final approval changes outside the request: the {@link ir.kanoonyar.db.request.ApprovalHook}s.
 *
 * <ul>
 * <li>{@link ir.kanoonyar.db.approval.LicenceIssuing}: an approved establishment becomes a mosque, a kanoon
 * and its licence.</li>
 * <li>{@link ir.kanoonyar.db.approval.ManagerDeparture}: an approved resignation or retirement leaves the
 * kanoon without a manager.</li>
 * <li>{@link ir.kanoonyar.db.approval.ManagerAppointment}: an approved manager change makes the person it
 * names the kanoon's manager and ends the kanoon's deputy nomination.</li>
 * </ul>
 * They join the request, its form answers and the kanoon register, so they sit above all three: the
 * kanoon package stays a register that the request, form and guideline packages may use, and the
 * package graph stays free of cycles (PackageCyclesTest).
 */
package ir.kanoonyar.db.approval;
