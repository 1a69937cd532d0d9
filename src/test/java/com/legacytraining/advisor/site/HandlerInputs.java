package com.legacytraining.advisor.site;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * What a controller method reads from a request besides its path: its named request parameters
 * and the properties of the form it binds. The sweep uses them to aim hostile values at the inputs a
 * route really has: a huge text, a number that is not one.
 */
final class HandlerInputs {

    /**
     * One input.
     *
     * @param name the parameter name, or the form property's binding path ({@code fields[x]} for a map)
     * @param type the type it is converted to
     * @param required whether a request without it is refused (a required request parameter)
     * @param requestParameter whether it is a {@code @RequestParam} (converted before the handler runs)
     *        rather than a form property (bound into the form, with errors for the form to show)
     */
    record Input(String name, Class<?> type, boolean required, boolean requestParameter) {

        /** Text, which any value fits. */
        boolean text() {
            return type == String.class;
        }

        /** A number, a yes or no, or one of a fixed set: a value of another shape cannot be converted. */
        boolean typed() {
            return Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type)) || type == boolean.class
                    || type == Boolean.class || type.isEnum();
        }
    }

    private HandlerInputs() {
    }

    /** The inputs of every handler given, by name, the first declaration winning. */
    static Map<String, Input> of(List<HandlerMethod> handlers) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (HandlerMethod handler : handlers) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                of(parameter).forEach(input -> inputs.putIfAbsent(input.name(), input));
            }
        }
        return inputs;
    }

    private static List<Input> of(MethodParameter parameter) {
        List<Input> inputs = new ArrayList<>();
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return inputs;
            }
            String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
            Class<?> type = parameter.getParameterType();
            if (Collection.class.isAssignableFrom(type)) {
                type = parameter.nested().getNestedParameterType();
            }
            boolean required = requestParam.required() && requestParam.defaultValue().equals(ValueConstants.DEFAULT_NONE)
                    && !parameter.isOptional();
            inputs.add(new Input(name, type, required, true));
        }
        else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
            for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
                if (property.getWriteMethod() == null) {
                    continue;
                }
                Class<?> type = property.getPropertyType();
                String name = Map.class.isAssignableFrom(type) ? property.getName() + "[x]" : property.getName();
                inputs.add(new Input(name, Map.class.isAssignableFrom(type) ? String.class : type, false, false));
            }
        }
        return inputs;
    }
}
