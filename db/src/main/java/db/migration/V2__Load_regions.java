package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 31 provinces and their counties from regions/provinces-counties.csv (the Statistical
 * Centre of Iran's names and codes). A Java migration rather than generated
 * INSERTs, so the CSV stays the one source of the list.
 */
public class V2__Load_regions extends BaseJavaMigration {

    static final String CSV = "regions/provinces-counties.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Long> provinceIds = new LinkedHashMap<>();
        try (BufferedReader reader = open();
             PreparedStatement insertProvince = connection.prepareStatement(
                     "INSERT INTO province (code, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement insertCounty = connection.prepareStatement(
                     "INSERT INTO county (province_id, code, name) VALUES (?, ?, ?)")) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("province_code,province_name,county_code,county_name")) {
                throw new IllegalStateException(CSV + " has an unexpected header: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(CSV + " has a malformed line: " + line);
                }
                Long provinceId = provinceIds.get(cells[0]);
                if (provinceId == null) {
                    insertProvince.setString(1, cells[0].trim());
                    insertProvince.setString(2, cells[1].trim());
                    insertProvince.executeUpdate();
                    try (ResultSet keys = insertProvince.getGeneratedKeys()) {
                        keys.next();
                        provinceId = keys.getLong(1);
                    }
                    provinceIds.put(cells[0], provinceId);
                }
                insertCounty.setLong(1, provinceId);
                insertCounty.setString(2, cells[2].trim());
                insertCounty.setString(3, cells[3].trim());
                insertCounty.addBatch();
            }
            insertCounty.executeBatch();
        }
    }

    private static BufferedReader open() throws IOException {
        InputStream in = V2__Load_regions.class.getClassLoader().getResourceAsStream(CSV);
        if (in == null) {
            throw new IOException(CSV + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
