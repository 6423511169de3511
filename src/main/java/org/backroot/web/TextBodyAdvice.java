package org.backroot.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.TextInput;
import org.backroot.web.domain.ValidationException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON body, whatever its shape (maps, lists, records), is checked once for text a person could not
 * have typed: a control character anywhere is a 400 naming the field by its path ({@code note},
 * {@code answers.q1}, {@code items[2]}). Form fields and query parameters get the same rule in
 * {@link RequestGuardFilter}.
 */
@ControllerAdvice
class TextBodyAdvice extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 64;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldError> errors = new ArrayList<>();
        check("", body, errors, 0);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return body;
    }

    static void check(String path, Object value, List<FieldError> errors, int depth) {
        if (value == null || depth > MAX_DEPTH) return;
        if (value instanceof CharSequence text) {
            TextInput.problem(path.isEmpty() ? "body" : path, text).ifPresent(errors::add);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!TextInput.isClean(key)) {
                    errors.add(new FieldError(path.isEmpty() ? "body" : path, "has a field name with " + TextInput.MESSAGE.substring(5)));
                    continue;
                }
                check(path.isEmpty() ? key : path + "." + key, e.getValue(), errors, depth + 1);
            }
        } else if (value instanceof Iterable<?> items) {
            int i = 0;
            for (Object item : items) check(path + "[" + i++ + "]", item, errors, depth + 1);
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) check(path + "[" + i + "]", array[i], errors, depth + 1);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    Object v = c.getAccessor().invoke(value);
                    check(path.isEmpty() ? c.getName() : path + "." + c.getName(), v, errors, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // an accessor that cannot be read holds nothing the person sent as text
                }
            }
        }
    }
}
