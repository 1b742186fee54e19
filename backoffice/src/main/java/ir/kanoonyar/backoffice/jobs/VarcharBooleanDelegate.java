package ir.kanoonyar.backoffice.jobs;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

/**
 * Quartz's standard delegate, writing its flags (IS_DURABLE, IS_NONCONCURRENT, …) as "1" and "0".
 * Its MySQL tables, which V8 creates on every engine, keep those flags in VARCHAR(1): MySQL and
 * MariaDB turn a JDBC boolean into '1', but H2 (the embedded default) writes 'TRUE' and refuses it.
 * Writing the characters MySQL would have written makes one store serve both; reading needs no
 * change, since both read '1' and '0' back as booleans.
 */
public class VarcharBooleanDelegate extends StdJDBCDelegate {

    @Override
    protected void setBoolean(PreparedStatement ps, int index, boolean val) throws SQLException {
        ps.setString(index, val ? "1" : "0");
    }
}
