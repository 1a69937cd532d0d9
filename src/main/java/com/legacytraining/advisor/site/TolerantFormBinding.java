package com.legacytraining.advisor.site;

import java.util.List;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Form fields whose names no form object can take ({@code fields[x][y]}, {@code version[0]},
 * {@code options[x][y]}) are left out before binding, as unknown fields already are, instead of
 * failing the whole request with a 500. The rest of what the admin typed is bound and validated as
 * usual, so the form comes back with it.
 */
@Configuration(proxyBeanMethods = false)
class TolerantFormBinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(Object target, String name,
                            NativeWebRequest request) {
                        return new Binder(target, name);
                    }
                };
            }
        };
    }

    private static final class Binder extends ExtendedServletRequestDataBinder {

        Binder(Object target, String name) {
            super(target, name);
        }

        @Override
        protected void doBind(MutablePropertyValues values) {
            for (PropertyValue value : values.getPropertyValues()) {
                if (getTarget() != null && !bindable(value.getName())) {
                    values.removePropertyValue(value);
                }
            }
            super.doBind(values);
        }

        private boolean bindable(String name) {
            try {
                return getPropertyAccessor().isWritableProperty(name);
            } catch (RuntimeException malformed) {
                return false;
            }
        }
    }
}
