package org.careledger.command.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Keeps the most recently used aggregates of one type in memory, so a command on a record that was just written
 * does not read and replay its events again. At most {@code maxEntries} aggregates are kept; the least recently used
 * one makes way for a new one.
 *
 * <p>The cache never decides what is stored. Axon's caching repository puts an aggregate back only after its unit of
 * work committed and drops it when the unit of work rolls back. If a cached aggregate is stale (another node appended
 * to its stream), its next event carries a sequence number the event table already holds, the append fails on the
 * table's unique key and the caller gets a conflict; the failure also evicts the entry, so the next attempt reads the
 * stream again. A stale cache can therefore reject a command, never write a wrong event.
 */
final class BoundedAggregateCache implements Cache {
    private final int maxEntries;
    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    BoundedAggregateCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("an aggregate cache holds at least one entry");
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, true);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        boolean existed;
        Object evicted;
        synchronized (entries) {
            existed = entries.put(key, value) != null;
            evicted = evictEldest();
        }
        announce(key, value, existed, evicted);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return insertIfAbsent(key, () -> value).created();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) insertIfAbsent(key, valueSupplier).value();
    }

    private record Insertion(Object value, boolean created) {}

    /** The value under the key; when there is none, the supplier's, stored (a null from the supplier stores nothing). */
    private Insertion insertIfAbsent(Object key, Supplier<?> valueSupplier) {
        Object value;
        Object evicted;
        synchronized (entries) {
            Object current = entries.get(key);
            if (current != null) {
                return new Insertion(current, false);
            }
            value = valueSupplier.get();
            if (value == null) {
                return new Insertion(null, false);
            }
            entries.put(key, value);
            evicted = evictEldest();
        }
        announce(key, value, false, evicted);
        return new Insertion(value, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated;
        synchronized (entries) {
            Object current = entries.get(key);
            if (current == null) {
                return;
            }
            updated = update.apply((V) current);
            if (updated == null) {
                entries.remove(key);
            } else {
                entries.put(key, updated);
            }
        }
        if (updated == null) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, updated));
        }
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called holding the lock, after an insertion: removes the least recently used entry when over the bound. */
    private Object evictEldest() {
        if (entries.size() <= maxEntries) {
            return null;
        }
        var eldest = entries.entrySet().iterator();
        Object key = eldest.next().getKey();
        eldest.remove();
        return key;
    }

    private void announce(Object key, Object value, boolean existed, Object evicted) {
        for (EntryListener listener : listeners) {
            if (existed) {
                listener.onEntryUpdated(key, value);
            } else {
                listener.onEntryCreated(key, value);
            }
            if (evicted != null) {
                listener.onEntryExpired(evicted);
            }
        }
    }
}
