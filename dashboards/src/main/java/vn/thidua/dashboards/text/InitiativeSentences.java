package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.dataset.InitiativeBalance;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reported initiatives, the registers and the gap between them in one sentence, so that a reader never has to
 * set three loose figures side by side: "Các đơn vị báo cáo 1.631 sáng kiến đăng ký; sổ sáng kiến ghi nhận 1.009;
 * chênh lệch 622 sáng kiến gồm 630 sáng kiến báo cáo của các đơn vị chưa gửi sổ, trừ đi 9 …, cộng 1 …".
 */
public final class InitiativeSentences {

    private InitiativeSentences() {
    }

    public static Optional<String> of(DashboardData snapshot, InitiativeBalance.Kind kind) {
        return InitiativeBalance.of(snapshot, kind).map(b -> of(b, noun(Labels.of(snapshot, kind.reported())),
                Labels.measure(snapshot, kind.reported())));
    }

    /** @param noun what was counted, as it follows a figure: "sáng kiến đăng ký", "giá trị làm lợi" */
    public static String of(InitiativeBalance b, String noun, Measure measure) {
        boolean money = measure == Measure.MONEY;
        String head = money ? "Các đơn vị báo cáo " + noun + " " + measure.text(b.reported()) + "; sổ sáng kiến ghi nhận "
                + measure.text(b.register())
                : "Các đơn vị báo cáo " + count(b.reported()) + " " + noun + "; sổ sáng kiến ghi nhận " + count(b.register());
        if (money || b.gap() == null) {
            return head + ".";
        }
        long difference = Math.round(b.difference());
        long gap = Math.round(b.gap());
        if (difference == 0) {
            return head + (gap == 0 ? "; hai số khớp nhau." : "; hai tổng bằng nhau, dù ở các đơn vị có sổ, báo cáo "
                    + (gap > 0 ? "nhiều" : "ít") + " hơn sổ " + count(Math.abs(gap)) + " sáng kiến.");
        }
        String s = head + "; chênh lệch " + count(Math.abs(difference)) + " sáng kiến"
                + (difference < 0 ? " (sổ nhiều hơn báo cáo)" : "");
        return s + explanation(b, difference < 0 ? -1 : 1) + ".";
    }

    /**
     * Where the difference comes from, each part with the sign it adds to the difference as printed:
     * "… là số sáng kiến báo cáo của …" for one part, "… gồm 630 …, cộng 1 …, trừ đi 9 …" for several.
     */
    private static String explanation(InitiativeBalance b, int sign) {
        List<Part> parts = new ArrayList<>();
        long gap = Math.round(b.gap());
        if (b.onlyReported() == null) {
            long rest = Math.round(b.difference()) - gap;
            add(parts, sign * gap, gapWords(gap));
            add(parts, sign * rest, "sáng kiến ở các đơn vị chỉ có báo cáo hoặc chỉ có sổ");
        } else {
            add(parts, sign * Math.round(b.onlyReported()), "sáng kiến báo cáo của các đơn vị chưa gửi sổ");
            add(parts, -sign * Math.round(b.onlyRegister()), "sáng kiến trong sổ của các đơn vị không báo cáo số này");
            add(parts, sign * gap, gapWords(gap));
        }
        parts.sort((x, y) -> Boolean.compare(x.amount() < 0, y.amount() < 0)); // what adds up first
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return " là số " + parts.get(0).what();
        }
        StringBuilder s = new StringBuilder(" gồm ").append(parts.get(0).words());
        for (Part p : parts.subList(1, parts.size())) {
            s.append(p.amount() < 0 ? ", trừ đi " : ", cộng ").append(p.words());
        }
        return s.toString();
    }

    private static String gapWords(long gap) {
        return "sáng kiến các đơn vị có sổ báo cáo " + (gap > 0 ? "nhiều" : "ít") + " hơn số ghi trong sổ";
    }

    private record Part(long amount, String what) {

        String words() {
            return count(Math.abs(amount)) + " " + what;
        }
    }

    private static void add(List<Part> parts, long amount, String what) {
        if (amount != 0) {
            parts.add(new Part(amount, what));
        }
    }

    /** "Số sáng kiến đăng ký" → "sáng kiến đăng ký"; "Giá trị làm lợi của sáng kiến (đồng)" → "giá trị làm lợi của sáng kiến". */
    static String noun(String label) {
        String s = label.replaceAll("\\s*\\(đồng\\)\\s*$", "").replaceFirst("^Số\\s+", "");
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String count(double value) {
        return Measure.COUNT.text(value);
    }
}
