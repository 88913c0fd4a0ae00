package vn.thidua.sampledata;

/** An emulation cluster or block (cụm/khối thi đua); assumed, so it is data in clusters.csv. */
record Cluster(String code, String name) {}
