package org.emporium.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception that reaches MVC into problem+json with a stable {@code code}. Client mistakes are 4xx with
 * the offending fields; unexpected failures are logged with the trace id and answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, WebRequest request) {
        var status = statusOf(e.kind());
        var problem = Problems.of(status, e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        var headers = new HttpHeaders();
        if (e.kind() == ErrorKind.TOO_MANY_REQUESTS && e.details().get("retryAfterSeconds") != null) {
            headers.set(
                    HttpHeaders.RETRY_AFTER,
                    e.details().get("retryAfterSeconds").toString());
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID, RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolations(ConstraintViolationException e, WebRequest request) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(
                        fieldPath(v.getPropertyPath().toString()), v.getMessage(), safe(v.getInvalidValue())))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return handleExceptionInternal(
                e,
                Problems.validation("The request has invalid fields.", errors),
                HttpHeaders.EMPTY,
                HttpStatus.BAD_REQUEST,
                request);
    }

    /** A command's property path starts with the method/argument; clients know only the field. */
    private static String fieldPath(String path) {
        var parts = path.split("\\.", 3);
        return parts.length == 3 && parts[0].matches("[a-z]\\w*") && parts[1].matches("arg\\d+|command|request|query")
                ? parts[2]
                : path;
    }

    /**
     * A stale version, whether the handler's expected-version check found it before any work or the save's version
     * check when another change committed in between: one answer, 412 {@code REQUEST.STALE_VERSION} (ADR 0003).
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(OptimisticLockingFailureException e, WebRequest request) {
        var problem = Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                ProblemCodes.STALE_VERSION,
                "The resource changed since you read it; fetch it again and retry with its new ETag.");
        return handleExceptionInternal(e, problem, HttpHeaders.EMPTY, HttpStatus.PRECONDITION_FAILED, request);
    }

    /**
     * The service's own database cannot be reached or its connection pool is exhausted (no connection within the
     * pool's timeout, e.g. under a burst of requests): the service is overloaded or its store is down, not broken and
     * not the client's fault. 503 {@code SERVER.UNAVAILABLE} with {@code Retry-After}, so clients back off and retry
     * instead of reporting a bug (500).
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> storeUnavailable(Exception e, WebRequest request) {
        log.warn("Database unavailable: {}", e.toString());
        var problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCodes.UNAVAILABLE,
                "The service is overloaded or its database cannot be reached; try again shortly.");
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return handleExceptionInternal(e, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /**
     * A multipart body the server could not parse is the client's; one over a size limit is a 413 (the base class
     * answers {@link MaxUploadSizeExceededException}, the more specific type, itself).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e, WebRequest request) {
        var tooLarge = tooLargeBody(e);
        if (tooLarge != null) {
            return handleExceptionInternal(
                    e, tooLarge.problem(), HttpHeaders.EMPTY, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        var problem = Problems.of(
                HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_BODY, "The multipart request body is malformed.");
        return handleExceptionInternal(e, problem, HttpHeaders.EMPTY, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Everything not mapped above is a bug, whatever its type: an {@link IllegalArgumentException} or
     * {@link IllegalStateException} from a library or a guard in our own code says nothing about the request, and
     * its message may carry internals (SQL, paths, configuration). Client mistakes are refused with the types above:
     * Bean Validation on requests and commands, {@link DomainException}, Spring MVC's binding and conversion errors.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        var problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemCodes.INTERNAL,
                "Something went wrong on our side. Quote the traceId if you report it.");
        return handleExceptionInternal(e, problem, HttpHeaders.EMPTY, HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, validation(e.getBindingResult()), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(
                                result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage(),
                                safe(result.getArgument()))))
                .toList();
        return handleExceptionInternal(
                e,
                Problems.validation("The request has invalid parameters.", errors),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    private static ProblemDetail validation(BindingResult result) {
        var errors = result.getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage(), safe(f.getRejectedValue())))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        var global = result.getGlobalErrors().stream()
                .map(g -> new Problems.FieldError(g.getObjectName(), g.getDefaultMessage(), null));
        return Problems.validation(
                "The request has invalid fields.",
                java.util.stream.Stream.concat(errors.stream(), global).toList());
    }

    /** Echo short scalar values only: never large blobs, never anything that looks like a secret. */
    private static @Nullable Object safe(@Nullable Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence s && s.length() <= 100) {
            return s.toString();
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = tooLargeBody(e);
        if (tooLarge != null) {
            // The size filter's limit was hit while the converter read a chunked body: that is a 413, not a 400.
            headers = new HttpHeaders(headers);
            headers.set(HttpHeaders.CONNECTION, "close");
            return handleExceptionInternal(e, tooLarge.problem(), headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail problem;
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    ProblemCodes.UNKNOWN_FIELD,
                    "Unknown field '" + unknown.getPropertyName() + "'.");
            problem.setProperty(
                    "errors",
                    List.of(new Problems.FieldError(unknown.getPropertyName(), "is not a known field", null)));
        } else if (e.getCause() instanceof DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            var field = mapping.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    ProblemCodes.MALFORMED_BODY,
                    "Field '" + field + "' has the wrong type or format.");
            problem.setProperty(
                    "errors", List.of(new Problems.FieldError(field, "has the wrong type or format", null)));
        } else {
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    ProblemCodes.MALFORMED_BODY,
                    "The request body is missing or is not valid JSON.");
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static RequestSizeLimitFilter.@Nullable BodyTooLargeException tooLargeBody(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(
                e,
                Problems.of(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, "No such resource."),
                headers,
                status,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                status, ProblemCodes.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here.");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                status,
                ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + e.getContentType() + " is not supported; use " + e.getSupportedMediaTypes() + ".");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                status,
                ProblemCodes.NOT_ACCEPTABLE,
                "Cannot produce the requested media type; use " + e.getSupportedMediaTypes() + ".");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                status, ProblemCodes.MISSING_PARAMETER, "Parameter '" + e.getParameterName() + "' is required.");
        problem.setProperty("errors", List.of(new Problems.FieldError(e.getParameterName(), "is required", null)));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                status, ProblemCodes.MISSING_PARAMETER, "Part '" + e.getRequestPartName() + "' is required.");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.BODY_TOO_LARGE, "The upload is larger than allowed.");
        return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        var problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemCodes.INVALID_PARAMETER,
                "Parameter '" + e.getName() + "' has an invalid value.");
        problem.setProperty(
                "errors", List.of(new Problems.FieldError(e.getName(), "has an invalid value", safe(e.getValue()))));
        return handleExceptionInternal(e, problem, HttpHeaders.EMPTY, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, WebRequest request) {
        var precondition = HttpHeaders.IF_MATCH.equalsIgnoreCase(e.getHeaderName());
        var status = precondition ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.BAD_REQUEST;
        var problem = Problems.of(
                status,
                precondition ? ProblemCodes.PRECONDITION_REQUIRED : ProblemCodes.MISSING_PARAMETER,
                "Header '" + e.getHeaderName() + "' is required.");
        return handleExceptionInternal(e, problem, HttpHeaders.EMPTY, status, request);
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }

    /** Anything else the base class produced keeps its status but gets our code and trace id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse errorResponse) {
            // The base class passes no body for most Spring MVC exceptions and builds it later; build it here so
            // that it gets our code too (e.g. 404 for an unmapped path, ResponseStatusException).
            body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            var known = HttpStatus.resolve(status.value());
            var code = status.is5xxServerError()
                    ? ProblemCodes.INTERNAL
                    : known != null ? "REQUEST." + known.name() : ProblemCodes.BAD_REQUEST;
            var replacement = Problems.of(status, code, problem.getDetail());
            body = replacement;
        }
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            // The whole exception goes to the log (with the trace id every line carries), never to the client.
            log.error("Unexpected error on {}", describe(request), e);
        } else if (status.is5xxServerError()) {
            log.warn("Answered {} on {}: {}", status.value(), describe(request), e.toString());
        } else if (status.is4xxClientError() && log.isDebugEnabled()) {
            log.debug("Client error {}: {}", status.value(), e.toString());
        }
        return super.handleExceptionInternal(e, body, headers == null ? HttpHeaders.EMPTY : headers, status, request);
    }
}
