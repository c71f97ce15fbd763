package vn.motcua.backbone.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body that may span lines (an address, a reason, a note): it accepts line
 * breaks and tabs. Every other string refuses them; see {@link InputText}. On a record component it reaches the
 * constructor parameter Jackson reads, so put it there.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultiLine {
}
