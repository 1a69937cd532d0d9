package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.site.SiteProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 400 page for an address whose plan cannot be read, on the plan's own pages and in the
 * questionnaire carrying it. In the questionnaire it also offers to go on with the answers alone,
 * so nothing the visitor gave is lost.
 */
@ControllerAdvice(assignableTypes = { PlanController.class, QuestionnaireController.class })
class PlanProblems {

    private final SiteProperties site;

    PlanProblems(SiteProperties site) {
        this.site = site;
    }

    /** Exception handlers get no {@code @ModelAttribute}s, so the layout's are added here. */
    @ExceptionHandler(Plan.BadPlanException.class)
    ModelAndView badPlan(Plan.BadPlanException problem, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("plan/bad-plan");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("problemKey", problem.messageKey());
        page.addObject("problemArguments", problem.arguments());
        page.addObject("withoutPlanUrl", withoutPlan(request));
        page.addObject("site", site);
        page.addObject("section", "questionnaire");
        page.addObject("noindex", true);
        return page;
    }

    /** The same questionnaire address without the plan, or {@code null} off the questionnaire. */
    private static String withoutPlan(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(Journey.START)) {
            return null;
        }
        var parameters = new ArrayList<String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!CarriedPlan.PARAMETERS.contains(name)) {
                for (String value : values) {
                    parameters.add(encode(name) + "=" + encode(value));
                }
            }
        });
        return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
