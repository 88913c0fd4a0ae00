package vn.thidua.sampledata;

/**
 * Each year's movement as the sample's movements.csv names it. 2024's theme is the one the provincial
 * federation launched (seed document); other years get a theme marked as assumed. A review year that is a
 * round anniversary of the Vietnam Trade Union (28/7/1929) says so, with its true count of years.
 */
final class Movements {

    record Movement(String name, String theme, String occasion) {}

    static final int FOUNDED = 1929;

    private static final String THEME_2024 = "Đổi mới, sáng tạo, thi đua đưa Nghị quyết Đại hội XIII Công đoàn Việt Nam,"
            + " Nghị quyết Đại hội X Công đoàn tỉnh vào cuộc sống, thiết thực lập thành tích chào mừng kỷ niệm 95 năm"
            + " Ngày thành lập Công đoàn Việt Nam";

    private Movements() {}

    static Movement of(int year) {
        String name = "Phong trào thi đua yêu nước năm " + year;
        String theme = year == 2024 ? THEME_2024 : "Chủ đề thi đua năm " + year + " (giả định của bộ dữ liệu mẫu)";
        int anniversary = year - FOUNDED;
        String occasion = "Tổng kết phong trào thi đua yêu nước năm " + year + (anniversary % 5 == 0
                ? " và kỷ niệm " + anniversary + " năm Ngày thành lập Công đoàn Việt Nam (28/7/" + FOUNDED + " – 28/7/" + year + ")"
                : "");
        return new Movement(name, theme, occasion);
    }
}
