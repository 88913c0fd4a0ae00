package vn.thidua.forms.roster;

/**
 * Who collects a group of grassroots unions' reports: a district/city federation, a sector union, or the
 * provincial federation itself for the grassroots unions directly under it ({@code province}).
 */
public record Federation(String code, String name, boolean province) {

    /** How a title or a letter names the group: the province's own group is its directly attached unions. */
    public String groupName() {
        return province ? "Các CĐCS trực thuộc " + name : name;
    }

    /** A short safe part of a file name: the code, which is unique and has no accents. */
    public String fileKey() {
        return code.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
