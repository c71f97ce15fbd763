package vn.motcua.intake.reception;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.intake.catalogue.Component;

/**
 * Whether the components handed in make a complete dossier (hồ sơ đầy đủ). A mandatory component is
 * there when at least the required originals are handed in and, counting an original as a copy, the
 * required number of papers in all. Optional components never make a dossier incomplete.
 */
public final class ComponentCheck {

    private ComponentCheck() {
    }

    /** The mandatory components missing or short, in catalogue order. */
    public static List<Component> missing(List<Component> required, List<HandedComponent> handed) {
        Map<Integer, HandedComponent> byNo = new HashMap<>();
        handed.forEach(h -> byNo.put(h.no(), h));
        List<Component> missing = new ArrayList<>();
        for (Component component : required) {
            HandedComponent given = byNo.get(component.no());
            if (component.mandatory() && !satisfies(component, given)) {
                missing.add(component);
            }
        }
        return missing;
    }

    static boolean satisfies(Component required, HandedComponent given) {
        if (given == null) {
            return false;
        }
        int papersRequired = Math.max(1, required.originals() + required.copies());
        return given.originals() >= required.originals() && given.originals() + given.copies() >= papersRequired;
    }
}
