package vn.motcua.intake;

import java.util.List;

/** One page of a list: lists are always paged. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
