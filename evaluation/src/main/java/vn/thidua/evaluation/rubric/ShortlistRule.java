package vn.thidua.evaluation.rubric;

import vn.thidua.warehouse.Grade;

/**
 * An award shortlist: the best {@code count} units per {@code scope} with at least {@code minGrade},
 * in ranking order. Lists are drawn in rubric order and a unit is on one list at most.
 */
public record ShortlistRule(String code, String labelVi, Scope scope, int count, Grade minGrade) {

    public enum Scope {
        CLUSTER("mỗi cụm, khối"), FEDERATION("mỗi LĐLĐ huyện, công đoàn ngành"), PROVINCE("toàn tỉnh");

        private final String labelVi;

        Scope(String labelVi) {
            this.labelVi = labelVi;
        }

        public String labelVi() {
            return labelVi;
        }
    }
}
