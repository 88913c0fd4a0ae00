package vn.thidua.dashboards.report.profile;

import java.util.List;

/**
 * How the federation issues a report (Nghị định 30/2020/NĐ-CP): who issues it under whom, the number line,
 * the national heading, the place, who receives it and who signs. The federation's configuration
 * ({@code <data>/report/document-profile.yaml}), never words in code.
 *
 * @param version      the profile's own version, printed nowhere but recorded in the document's properties
 * @param subject      the report's subject under "BÁO CÁO"; {@code {year}} and {@code {previous_year}} are filled in
 * @param signerName   empty until the person who signs is known: the line is left for the signature
 */
public record DocumentProfile(String version, String superiorBody, String issuingBody, String numberLine,
                              String nationalTitle, String nationalMotto, String place, String documentType,
                              String subject, List<String> recipients, String signerAuthority, String signerTitle,
                              String signerName) {

    public DocumentProfile {
        recipients = List.copyOf(recipients);
    }

    /** The subject for a reporting year: "Kết quả phong trào thi đua năm 2024 so với năm 2023". */
    public String subjectFor(int year) {
        return subject.replace("{year}", Integer.toString(year)).replace("{previous_year}", Integer.toString(year - 1));
    }
}
