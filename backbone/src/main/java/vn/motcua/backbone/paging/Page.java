package vn.motcua.backbone.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total to page through; every paged endpoint of every service answers this. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page of other items (entities to views). */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), page, size, total);
    }
}
