package ir.kanoonyar.backoffice.requests;

/**
 * What staff look for first on a request page, ready to show (numbers in Persian digits).
 *
 * @param licenceNumber the licence the request created, as stored (for its link), or null
 * @param age           how long ago the request was submitted (or started, before that), in words
 * @param mapUrl        an OpenStreetMap address for the request's location or its mosque's, or null
 */
public record RequestHeader(String applicantName, String nationalCode, String mobile, String kanoonName,
                            String mosqueName, String licenceNumber, String licenceDisplay, String age,
                            String mapUrl) {
}
