package org.careledger.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.InvalidValue;

/**
 * The record version as HTTP carries it: a strong ETag such as {@code "3"}. A write with
 * {@code If-Match} applies only while the record is still at that version.
 */
public final class Versions {
    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {}

    /** The expected version, or null when the client sent no condition (or {@code *}). */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = STRONG_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw InvalidRequest.of(new InvalidValue("If-Match", "must be one strong ETag such as \"3\""));
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etag(Object version) {
        return "\"" + version + "\"";
    }
}
