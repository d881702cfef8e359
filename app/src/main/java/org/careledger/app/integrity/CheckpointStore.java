package org.careledger.app.integrity;

import java.util.List;

/** Where signed checkpoints are kept, apart from the event tables; only ever appended to. */
interface CheckpointStore {

    void append(Checkpoint checkpoint);

    /** Every checkpoint, in the order written. */
    List<Checkpoint> all();

    /** Where they are, for messages and the report. */
    String describe();
}
