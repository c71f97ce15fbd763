package vn.motcua.stats.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongCountsTest {

    @Test
    void sumsPerKeyThroughGrowthAndSkipsZeros() {
        LongCounts counts = new LongCounts(4);
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            // packed buckets of a few thousand keys: neighbouring keys differ in low bits only
            long key = CounterBuckets.pack(random.nextInt(3_000), random.nextInt(3), 19_000 + random.nextInt(700));
            long by = random.nextBoolean() ? 1 : -1;
            counts.add(key, by);
            expected.merge(key, by, Long::sum);
        }
        expected.values().removeIf(n -> n == 0);
        Map<Long, Long> seen = new HashMap<>();
        counts.forEachNonZero(seen::put);
        assertThat(seen).isEqualTo(expected);
        assertThat(counts.nonZero()).isEqualTo(expected.size());
    }

    @Test
    void packedBucketsKeepTheirParts() {
        long bucket = CounterBuckets.pack(123_456_789L, 2, -719_162); // 0001-01-01
        assertThat(bucket >>> 24).isEqualTo(123_456_789L);
        assertThat((bucket >>> 22) & 3).isEqualTo(2);
        assertThat((bucket & ((1L << 22) - 1)) - (1 << 21)).isEqualTo(-719_162);
    }
}
