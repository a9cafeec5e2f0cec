package org.jixiao.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names uploads are kept under (reports, disclosures): cleaned, cut to the last segment, shortened. */
class UploadNameTests {

    @Test
    void theNameIsItsLastSegmentWithoutUnsafeCharactersAndShortened() {
        assertThat(UploadName.safe("C:\\Users\\a\\报告.md")).isEqualTo("报告.md");
        assertThat(UploadName.safe("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        // a right-to-left override would show "report‮gpj.md" as "reportdm.jpg"
        assertThat(UploadName.safe("report\u202Egpj.md")).isEqualTo("reportgpj.md");
        assertThat(UploadName.safe("..hidden\r\n.md")).isEqualTo("hidden.md");
        assertThat(UploadName.safe(null)).isEmpty();
        String longName = "很长的名字".repeat(40) + ".docx";
        String safe = UploadName.safe(longName);
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(UploadName.MAX_LENGTH);
        assertThat(safe).endsWith(".docx").startsWith("很长的名字");
    }

    @Test
    void theExtensionIsLowerCaseAndANameThatIsOnlyAnExtensionHasNone() {
        assertThat(UploadName.extension("表.XLSX")).isEqualTo("xlsx");
        assertThat(UploadName.extension("a.md.exe")).isEqualTo("exe");
        assertThat(UploadName.extension(".md")).isEmpty();
        assertThat(UploadName.extension("README")).isEmpty();
    }
}
