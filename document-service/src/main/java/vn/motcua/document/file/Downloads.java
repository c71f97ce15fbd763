package vn.motcua.document.file;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** The response that serves a verified version: its type, length, checksum headers and a safe file name. */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(VerifiedContent content) {
        FileVersion version = content.version();
        FileKind kind = version.kind();
        String name = Optional.ofNullable(version.originalName)
                .orElse("file-" + version.fileId + "-v" + version.version + "." + kind.extension());
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(version.sha256));
        StreamingOutput body = content::writeTo;
        return Response.ok(body, kind.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, version.sizeBytes)
                .header("Content-Disposition", "attachment; filename=\"" + asciiOnly(name) + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.ETAG, "\"" + version.sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String asciiOnly(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return plain.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
