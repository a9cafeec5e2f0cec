package org.jixiao.web.reports;

import org.jixiao.web.platform.UploadLimit;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Report uploads over the multipart limit (see {@link UploadLimit}): the page's (POST /reports and
 * /reports/check) lead back to the list with FILE_TOO_LARGE, the API's answer its JSON error.
 */
@Configuration(proxyBeanMethods = false)
class ReportUploadLimit {

    @Bean
    UploadLimit oversizedReportUploads(MessageSource messages) {
        return UploadLimit.pages("/reports(/check)?",
                        path -> "/reports?" + ReportController.REFUSED_PARAM + "=" + ReportProblem.FILE_TOO_LARGE)
                .andApi("/api/reports(/check)?",
                        () -> ReportApiProblems.body(new ReportProblem(ReportProblem.FILE_TOO_LARGE), messages));
    }
}
