package org.jixiao.web.accounts;

import org.jixiao.web.platform.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Disclosure workbooks over the multipart limit (see {@link UploadLimit}): an upload to POST /accounts
 * or POST /accounts/{id} leads back to the same page with FILE_TOO_LARGE. Uploads within the
 * multipart limit are checked again by {@link DisclosureUploads}.
 */
@Configuration(proxyBeanMethods = false)
class AccountsUploadLimit {

    @Bean
    UploadLimit oversizedAccountsUploads() {
        return UploadLimit.pages("/accounts(/\\d{1,18})?",
                path -> path + "?" + AccountsController.REFUSED_PARAM + "=" + AccountsProblem.FILE_TOO_LARGE);
    }
}
