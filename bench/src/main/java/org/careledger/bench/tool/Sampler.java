package org.careledger.bench.tool;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application's memory under load, read from outside so it costs the server nothing: resident set
 * size from /proc/PID/status and heap in use from {@code jstat -gc PID} (survivor + eden + old used),
 * every 2 seconds inside the measurement windows. Without a PID (another host) nothing is sampled.
 */
final class Sampler {
    private final long pid;
    private double maxRssMb;
    private double sumRssMb;
    private double maxHeapMb;
    private double sumHeapMb;
    private int rssSamples;
    private int heapSamples;

    Sampler(long pid) {
        this.pid = pid;
    }

    void sampleUntil(long windowStart, long windowEnd) {
        if (pid <= 0) {
            return;
        }
        while (System.nanoTime() < windowEnd) {
            if (System.nanoTime() >= windowStart) {
                sample();
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized void sample() {
        Double rss = rssMb(pid);
        if (rss != null) {
            maxRssMb = Math.max(maxRssMb, rss);
            sumRssMb += rss;
            rssSamples++;
        }
        Double heap = heapMb(pid);
        if (heap != null) {
            maxHeapMb = Math.max(maxHeapMb, heap);
            sumHeapMb += heap;
            heapSamples++;
        }
    }

    static Double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    static Double heapMb(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String header;
            String values;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                header = out.readLine();
                values = out.readLine();
            }
            jstat.waitFor(5, TimeUnit.SECONDS);
            if (header == null || values == null) {
                return null;
            }
            String[] names = header.trim().split("\\s+");
            String[] numbers = values.trim().split("\\s+");
            double kb = 0;
            for (int i = 0; i < names.length && i < numbers.length; i++) {
                if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
                    kb += Double.parseDouble(numbers[i]);
                }
            }
            return kb / 1024.0;
        } catch (Exception e) {
            return null;
        }
    }

    synchronized Map<String, Object> toMap() {
        Map<String, Object> result = new LinkedHashMap<>();
        if (rssSamples > 0) {
            result.put("rssMaxMb", Measurement.round(maxRssMb));
            result.put("rssMeanMb", Measurement.round(sumRssMb / rssSamples));
        }
        if (heapSamples > 0) {
            result.put("heapUsedMaxMb", Measurement.round(maxHeapMb));
            result.put("heapUsedMeanMb", Measurement.round(sumHeapMb / heapSamples));
        }
        result.put("samples", Math.max(rssSamples, heapSamples));
        return result;
    }
}
