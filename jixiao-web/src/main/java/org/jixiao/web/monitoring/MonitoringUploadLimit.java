package org.jixiao.web.monitoring;

import org.jixiao.web.platform.ApiProblem;
import org.jixiao.web.platform.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Monitoring workbooks over the multipart limit (see {@link UploadLimit}): the page's lead to the
 * entry page's FILE_TOO_LARGE, the API's answer its JSON error. Uploads within the multipart limit
 * but over the monitoring limit are refused by {@link MonitoringEntry} itself.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringUploadLimit {

    @Bean
    UploadLimit oversizedMonitoringUploads() {
        MonitoringEntry.Outcome.Refused refused = MonitoringEntry.tooLarge();
        return UploadLimit.pages("/monitoring/import",
                        path -> "/monitoring/entry?" + MonitoringController.REFUSED_PARAM + "=" + refused.code())
                .andApi("/api/monitoring/import", () -> ApiProblem.of(refused.code(), refused.message()));
    }
}
