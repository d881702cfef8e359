package org.careledger.command.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class BoundedAggregateCacheTest {

    @Test
    void keepsAtMostItsBoundDroppingTheLeastRecentlyUsed() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1); // "b" is now the least recently used
        cache.put("c", 3);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void replacingAnEntryDoesNotGrowTheCache() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(2);
    }

    @Test
    void removedEntriesAreGoneAndPutIfAbsentKeepsTheFirst() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat(cache.<String, Integer>get("a")).isNull();

        cache.put("b", 1);
        cache.put("c", 1);
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void computesOnlyWhatIsMissingAndUpdatesOnlyWhatIsPresent() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        assertThat(cache.computeIfAbsent("a", () -> 1)).isEqualTo(1);
        assertThat(cache.computeIfAbsent("a", () -> 2)).isEqualTo(1);

        cache.<Integer>computeIfPresent("a", value -> value + 10);
        cache.<Integer>computeIfPresent("missing", value -> 99);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(11);
        assertThat(cache.containsKey("missing")).isFalse();

        cache.<Integer>computeIfPresent("a", value -> null);
        assertThat(cache.containsKey("a")).isFalse();
    }

    @Test
    void tellsItsListenersWhatHappened() {
        BoundedAggregateCache cache = new BoundedAggregateCache(1);
        List<String> heard = new ArrayList<>();
        var registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.remove("b");
        registration.cancel();
        cache.put("c", 4);

        assertThat(heard).containsExactly("created a", "updated a", "created b", "expired a", "removed b");
    }

    @Test
    void refusesAnEmptyBound() {
        assertThatThrownBy(() -> new BoundedAggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
