package vn.motcua.backbone.text;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.backbone.problem.ProblemException;

/**
 * Applies {@link InputText} to every query and path parameter before a resource method runs: a parameter is never
 * multi-line, and a refused one answers 400 naming it.
 */
public class ControlCharacterParameterFilter {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            InputText.problemOf(parameter.getKey(), false).ifPresent(problem -> {
                throw ProblemException.invalid("parameter name", problem);
            });
            for (String value : parameter.getValue()) {
                InputText.problemOf(value, false).ifPresent(problem -> {
                    throw ProblemException.invalid(parameter.getKey(), problem);
                });
            }
        }
    }
}
