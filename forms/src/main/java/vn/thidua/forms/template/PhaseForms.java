package vn.thidua.forms.template;

import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Roster;
import vn.thidua.intake.IntakeCatalogue;

/**
 * What every template of one phase is made from: the intake's own catalogue (phase, metrics with labels
 * and bounds, rules, version) so the template asks for exactly what the intake will check, the org units,
 * and whom a unit asks to withdraw a figure ({@code thidua.intake.contact}).
 */
public record PhaseForms(IntakeCatalogue catalogue, Roster roster, String contact) {

    public PhaseForms {
        if (catalogue.version() == null) {
            throw new IllegalArgumentException("a template needs the catalogue version it stamps");
        }
    }

    public IntakeCatalogue.Phase phase() {
        return catalogue.phase();
    }

    /** "Đợt 1 năm 2024". */
    public String phaseTitle() {
        return "đợt " + phase().phase() + " năm " + phase().year();
    }

    /** The file names the templates are written under; the register's ends in {@code _sang-kien} as the inbox wants. */
    public String fileName(Federation federation, boolean register, String extension) {
        return "mau-bao-cao_dot-" + phase().phase() + "-" + phase().year() + "_" + federation.fileKey()
                + (register ? "_sang-kien" : "") + "." + extension;
    }
}
