package org.careledger.app.projection;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The projections a replay job was asked for ({@code careledger.replay.projections}) and what became of every other
 * processing group: each is assigned to a processor that never starts. If any requested name is not a rebuildable
 * projection, nothing runs at all.
 */
final class ReplaySelection {
    private final List<String> requested;
    private final Set<String> rebuildable;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    ReplaySelection(String requested, Set<String> rebuildable) {
        this.requested = Arrays.stream(requested == null ? new String[0] : requested.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
        this.rebuildable = Set.copyOf(rebuildable);
    }

    List<String> requested() {
        return requested;
    }

    Set<String> rebuildable() {
        return rebuildable;
    }

    List<String> invalid() {
        return requested.stream().filter(name -> !rebuildable.contains(name)).toList();
    }

    boolean valid() {
        return !requested.isEmpty() && invalid().isEmpty();
    }

    /** Whether a processing group of that name exists in this application (known once Axon has started). */
    boolean exists(String processingGroup) {
        return seen.contains(processingGroup);
    }

    /** Axon's processing-group-to-processor rule in a replay job. */
    String processorFor(String processingGroup) {
        seen.add(processingGroup);
        return valid() && requested.contains(processingGroup) ? processingGroup : DormantProcessor.NAME;
    }
}
