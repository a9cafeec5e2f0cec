package org.jixiao.web.platform;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The REST API's answers to requests that never reach a controller's logic (every {@code @RestController}
 * is an API controller; pages are plain {@code @Controller}s), in the API's one error body.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(ApiProblem.of("BAD_REQUEST", "请求内容不是有效的 JSON，或字段类型不对"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiProblem> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiProblem.of("BAD_PARAMETER", "参数“" + e.getName() + "”的值无效"));
    }
}
