package vn.motcua.stats.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jakarta.ws.rs.core.MediaType;

/** The forms a report is given in: chosen by {@code format=}, else by the {@code Accept} header. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ReportFormat.CSV_TYPE, "csv"),
    XLSX(ReportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The first acceptable media type that names a format; JSON when none does (or for any type). */
    public static ReportFormat of(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return JSON;
            }
            Optional<ReportFormat> format = Arrays.stream(values())
                    .filter(f -> MediaType.valueOf(f.mediaType).isCompatible(type) && !type.isWildcardSubtype())
                    .findFirst();
            if (format.isPresent()) {
                return format.get();
            }
        }
        return JSON;
    }

    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
