package ir.kanoonyar.backoffice.requests;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A place on OpenStreetMap, for staff to see where a mosque or a shared location is. The address is
 * built from two numbers checked to be a latitude and a longitude, so nothing the applicant typed
 * ends up in a link as text.
 */
final class MapLink {

    private MapLink() {
    }

    /** The link for a stored "lat,lon" answer, if it is one. */
    static Optional<String> of(String latLon) {
        if (latLon == null) {
            return Optional.empty();
        }
        String[] parts = latLon.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return of(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static Optional<String> of(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            return Optional.empty();
        }
        String lat = latitude.stripTrailingZeros().toPlainString();
        String lon = longitude.stripTrailingZeros().toPlainString();
        return Optional.of(String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=17/%s/%s",
                lat, lon, lat, lon));
    }
}
