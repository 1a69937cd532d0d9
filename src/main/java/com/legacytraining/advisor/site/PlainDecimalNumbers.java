package com.legacytraining.advisor.site;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in addresses and forms (ids, versions, revision numbers) are plain decimals, one
 * spelling each: Spring's default editors also read {@code 0x10}, {@code +16} and {@code 016} as 16,
 * so one item had many addresses. Anything else fails to convert, which is a 404 in a path
 * ({@link ErrorPagesAdvice}) and a 400 elsewhere.
 */
@ControllerAdvice
class PlainDecimalNumbers {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)");

    @InitBinder
    void plainDecimalsOnly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Editor(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Editor(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new Editor(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Editor(Integer::valueOf, true));
    }

    private static final class Editor extends PropertyEditorSupport {

        private final Function<String, Number> parse;
        private final boolean emptyIsNull;

        Editor(Function<String, Number> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty() && emptyIsNull) {
                setValue(null);
                return;
            }
            if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("Not a plain decimal number");
            }
            setValue(parse.apply(trimmed));
        }
    }
}
