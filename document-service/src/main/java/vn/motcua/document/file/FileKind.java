package vn.motcua.document.file;

/** The kinds of file a dossier or register accepts, as recognised from their bytes. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static FileKind ofMediaType(String mediaType) {
        for (FileKind kind : values()) {
            if (kind.mediaType.equals(mediaType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown media type " + mediaType);
    }
}
