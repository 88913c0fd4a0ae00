package vn.thidua.evaluation.input;

/**
 * A grassroots union (level 3) as the snapshot's {@code org_unit} table has it, with the name of the
 * federation it belongs to (the province itself for the unions directly under it) and its cluster's name.
 */
public record GrassrootsUnit(String code, String name, String type, String federationCode, String federationName,
                             String cluster, String clusterName) {
}
