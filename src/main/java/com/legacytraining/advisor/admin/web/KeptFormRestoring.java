package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.KeptForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the text an admin typed before their session ended ({@link KeptForms}) back into the editor it
 * came from, once they have signed in again. Every editor shows its form as a model attribute
 * ({@code form}, or {@code reviewForm} where a page has several forms), made from what is stored; the
 * kept fields are bound over that form by name, as the form posted them, and the page says they are
 * not saved yet ({@code keptForm}). The form keeps the version it was based on, so saving it over
 * someone else's newer change is still a conflict.
 */
@Configuration(proxyBeanMethods = false)
class KeptFormRestoring implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (!"GET".equals(request.getMethod()) || page == null || page.getViewName() == null
                || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Optional<KeptForms.Typed> kept = KeptForms.take(request);
        Object form = kept.map(typed -> page.getModel().get(typed.form())).orElse(null);
        if (form != null) {
            MutablePropertyValues fields = new MutablePropertyValues();
            kept.get().fields().forEach((name, values) -> fields.add(name,
                    values.size() == 1 ? values.get(0) : values.toArray(String[]::new)));
            new WebDataBinder(form, kept.get().form()).bind(fields);
            page.addObject("keptForm", true);
        }
    }
}
