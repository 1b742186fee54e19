package ir.kanoonyar.backoffice.licences;

import ir.kanoonyar.db.kanoon.LicenceStatus;

/**
 * One licence on the licences page and in its export, names resolved, dates as Jalali text; the kanoon's
 * id and its members count lead to its members page; {@code signConfirmedOn}: the day county staff last
 * confirmed the kanoon's installed sign, or null.
 */
record LicenceRow(long id, String number, LicenceStatus status, String kanoonName, String mosqueName,
                  String managerName, String countyName, String provinceName, String issuedOn, String validUntil,
                  String statusChangedOn, String statusReason, Long requestId, boolean expired, long kanoonId,
                  long members, String signConfirmedOn) {
}
