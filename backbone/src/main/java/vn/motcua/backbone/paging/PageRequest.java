package vn.motcua.backbone.paging;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import vn.motcua.backbone.problem.ProblemException;

/**
 * The page a client asked for, checked: {@code page} counts from 0, {@code 1 <= size <= maxSize}, and the first
 * row ({@code page × size}, computed in {@code long}) must fit a query's {@code int} offset. Anything else is a
 * 400 naming {@code page} or {@code size}, never an overflow deep in the database layer.
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1) {
            throw ProblemException.invalid("size", "must be 1 or more");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ProblemException.invalid("page", "is beyond the last possible page for size " + size);
        }
    }

    /**
     * Reads the query parameters {@code page} and {@code size}; absent values take page 0 and {@code defaultSize}.
     */
    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        int wanted = size == null ? defaultSize : size;
        if (wanted > maxSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxSize);
        }
        return new PageRequest(page == null ? 0 : page, wanted);
    }

    /** Index of the first row of this page. */
    public int offset() {
        return page * size;
    }

    /** Restricts a query to this page's rows. */
    public <T> TypedQuery<T> applyTo(TypedQuery<T> query) {
        return query.setFirstResult(offset()).setMaxResults(size);
    }

    /** Restricts a native query to this page's rows. */
    public Query applyTo(Query query) {
        return query.setFirstResult(offset()).setMaxResults(size);
    }

    /** This page of {@code items}, out of {@code total}. */
    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
