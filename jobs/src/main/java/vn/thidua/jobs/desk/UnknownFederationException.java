package vn.thidua.jobs.desk;

import java.util.List;
import vn.thidua.jobs.config.SetupException;

/** {@code --federation} names no district/sector federation (nor the province) open during the phase. */
public class UnknownFederationException extends SetupException {

    public UnknownFederationException(String code, int year, int phase, List<String> known) {
        super("Không có đơn vị tổng hợp mã " + code + " trong đợt " + phase + " năm " + year
                + " (reference/org_units.csv); các mã có: " + String.join(", ", known));
    }
}
