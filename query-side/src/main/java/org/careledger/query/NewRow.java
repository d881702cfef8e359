package org.careledger.query;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A view row whose key the projection assigns (a stream's id, an event's place in it). Spring Data cannot tell such a
 * row, made by the projection, from one read from the table, so its {@code save} would look the key up first: one
 * more statement per event. A row made by the projection is new until stored; a row read from the table is not.
 * Only for rows the projection creates once it knows the key is free (a stream's first event, an entry per event).
 *
 * @param <K> the row's key
 */
@MappedSuperclass
public abstract class NewRow<K> implements Persistable<K> {
    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
