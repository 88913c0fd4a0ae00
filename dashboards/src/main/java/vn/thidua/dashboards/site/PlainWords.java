package vn.thidua.dashboards.site;

/**
 * Keeps operators' instructions off the leaders' pages: a sentence made for staff ("…: chạy `./thidua evaluate`
 * rồi dựng lại bảng điều khiển.") keeps its plain part only. The command belongs in the operators' manual.
 */
final class PlainWords {

    private PlainWords() {
    }

    static String withoutCommands(String sentence) {
        if (sentence == null) {
            return "";
        }
        int command = sentence.indexOf('`');
        if (command < 0) {
            return sentence;
        }
        int cut = Math.max(sentence.lastIndexOf(':', command), sentence.lastIndexOf(';', command));
        if (cut <= 0) {
            cut = sentence.lastIndexOf('.', command);
        }
        return cut <= 0 ? "" : sentence.substring(0, cut).strip() + ".";
    }
}
