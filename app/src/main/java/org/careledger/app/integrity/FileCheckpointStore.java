package org.careledger.app.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkpoints as JSON lines in a file, opened for appending only and forced to disk after each line.
 * A line that cannot be read comes back as a checkpoint with no signature, so verification reports it
 * as a bad signature rather than skipping it.
 */
final class FileCheckpointStore implements CheckpointStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    FileCheckpointStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void append(Checkpoint checkpoint) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] line = (JSON.writeValueAsString(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a checkpoint to " + file, e);
        }
    }

    @Override
    public synchronized List<Checkpoint> all() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    checkpoints.add(parse(line));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the checkpoints in " + file, e);
        }
        return checkpoints;
    }

    @Override
    public String describe() {
        return "file " + file.toAbsolutePath().normalize();
    }

    private static Checkpoint parse(String line) {
        try {
            Checkpoint checkpoint = JSON.readValue(line, Checkpoint.class);
            return checkpoint.hash() == null || checkpoint.eventIdentifier() == null || checkpoint.signedAt() == null
                    ? unreadable(checkpoint.globalIndex()) : checkpoint;
        } catch (JsonProcessingException e) {
            return unreadable(-1);
        }
    }

    private static Checkpoint unreadable(long globalIndex) {
        return new Checkpoint(globalIndex, "", "", "", "", null);
    }
}
