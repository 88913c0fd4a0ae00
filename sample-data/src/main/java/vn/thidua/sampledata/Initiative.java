package vn.thidua.sampledata;

import java.time.LocalDate;

/**
 * One initiative as the model decided it; its title and authors are invented only when a register
 * is written. Status is cumulative: an applied initiative has also been recognised.
 */
record Initiative(String unitCode, int seq, LocalDate registeredOn, Status status, String level, Long benefitVnd) {

    enum Status {
        REGISTERED("Đăng ký"), RECOGNIZED("Được công nhận"), APPLIED("Đã áp dụng");

        final String labelVi;

        Status(String labelVi) {
            this.labelVi = labelVi;
        }
    }

    Initiative withRegisteredOn(LocalDate date) {
        return new Initiative(unitCode, seq, date, status, level, benefitVnd);
    }

    boolean recognized() {
        return status != Status.REGISTERED;
    }

    boolean applied() {
        return status == Status.APPLIED;
    }
}
