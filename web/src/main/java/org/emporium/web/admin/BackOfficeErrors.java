package org.emporium.web.admin;

import java.util.List;
import org.emporium.web.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The back office's own error pages: a gateway that cannot be reached (refused, timed out) is the 503 page, and a
 * form or link with values this app refuses before calling anyone is a 400 page naming them, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = BackOfficeErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackOfficeErrors {
    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView unreachable() {
        return Pages.errorPage("error", HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalid(HandlerMethodValidationException e) {
        return invalid(e.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName() + ": "
                        + result.getResolvableErrors().getFirst().getDefaultMessage())
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView invalid(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(e.getName() + ": has the wrong format"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView invalid(MissingServletRequestParameterException e) {
        return invalid(List.of(e.getParameterName() + ": is required"));
    }

    private static ModelAndView invalid(List<String> fields) {
        var page = Pages.errorPage("admin/invalid", HttpStatus.BAD_REQUEST);
        page.addObject("problemFields", fields);
        return page;
    }
}
