package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one Bot API request, read from the query string and from the body, whatever its
 * content type: application/json, application/x-www-form-urlencoded or multipart/form-data. Body
 * parameters override query-string ones. Form and multipart values arrive as strings; the fields that
 * the Bot API defines as JSON-serialized objects (reply_markup, entities, …) are parsed into JSON.
 */
final class ApiRequest {

    /** Fields that the Bot API takes as JSON-serialized objects when sent as form or multipart values. */
    static final Set<String> JSON_FIELDS = Set.of("reply_markup", "entities", "caption_entities",
            "allowed_updates", "reply_parameters", "link_preview_options", "media", "results", "commands",
            "scope", "suggested_post_parameters");

    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=(?:\"([^\"]*)\"|([^;\\s]*))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("(?:^|;)\\s*filename=(?:\"([^\"]*)\"|([^;\\s]*))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);

    final ObjectNode params;
    final Map<String, UploadedFile> files;
    /** The request's Content-Type header as sent, or null. */
    final String contentType;

    private ApiRequest(ObjectNode params, Map<String, UploadedFile> files, String contentType) {
        this.params = params;
        this.files = Collections.unmodifiableMap(files);
        this.contentType = contentType;
    }

    static ApiRequest read(HttpExchange exchange, ObjectMapper json) throws IOException {
        ObjectNode params = json.createObjectNode();
        Map<String, UploadedFile> files = new LinkedHashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            parseForm(rawQuery, params);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (body.length > 0) {
            switch (mime) {
                case "application/json" -> {
                    JsonNode root;
                    try {
                        root = json.readTree(body);
                    } catch (JsonProcessingException e) {
                        throw ApiError.badRequest("can't parse JSON object");
                    }
                    if (root == null || !root.isObject()) {
                        throw ApiError.badRequest("can't parse JSON object");
                    }
                    root.properties().forEach(e -> params.set(e.getKey(), e.getValue()));
                }
                case "application/x-www-form-urlencoded" -> parseForm(new String(body, StandardCharsets.UTF_8), params);
                case "multipart/form-data" -> parseMultipart(body, boundary(contentType), params, files);
                default -> throw ApiError.badRequest("unsupported Content-Type " + contentType);
            }
        }
        parseJsonFields(params, json);
        return new ApiRequest(params, files, contentType);
    }

    private static void parseForm(String form, ObjectNode params) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
    }

    private static String boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw ApiError.badRequest("multipart/form-data without a boundary");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static void parseMultipart(byte[] body, String boundary, ObjectNode params, Map<String, UploadedFile> files) {
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] headersEnd = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, first, 0);
        if (pos < 0) {
            throw ApiError.badRequest("malformed multipart body");
        }
        pos += first.length;
        while (true) {
            if (pos + 2 <= body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return; // closing delimiter
            }
            if (pos + 2 <= body.length && body[pos] == '\r' && body[pos + 1] == '\n') {
                pos += 2;
            }
            int headerEnd = indexOf(body, headersEnd, pos);
            if (headerEnd < 0) {
                throw ApiError.badRequest("malformed multipart body");
            }
            String headerText = new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8);
            int contentStart = headerEnd + headersEnd.length;
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw ApiError.badRequest("malformed multipart body");
            }
            byte[] content = Arrays.copyOfRange(body, contentStart, contentEnd);
            String disposition = null;
            String partType = null;
            for (String line : headerText.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (header.equals("content-disposition")) {
                    disposition = value;
                } else if (header.equals("content-type")) {
                    partType = value;
                }
            }
            String name = disposition == null ? null : group(NAME.matcher(disposition));
            String fileName = disposition == null ? null : group(FILENAME.matcher(disposition));
            if (name != null) {
                if (fileName != null) {
                    files.put(name, new UploadedFile(name, fileName, partType, content));
                } else {
                    params.put(name, new String(content, StandardCharsets.UTF_8));
                }
            }
            pos = contentEnd + next.length;
        }
    }

    private static String group(Matcher m) {
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void parseJsonFields(ObjectNode params, ObjectMapper json) {
        for (String field : JSON_FIELDS) {
            JsonNode value = params.get(field);
            if (value != null && value.isTextual()) {
                String text = value.asText().trim();
                if (text.startsWith("{") || text.startsWith("[")) {
                    try {
                        params.set(field, json.readTree(text));
                    } catch (JsonProcessingException e) {
                        throw ApiError.badRequest("can't parse " + field + " JSON object");
                    }
                }
            }
        }
    }
}
