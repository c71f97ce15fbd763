package vn.motcua.document.file;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code motcua.files.*}: upload limits and the spool directory. */
@ConfigMapping(prefix = "motcua.files")
public interface FilesConfig {

    /** Largest accepted file; keep {@code quarkus.http.limits.max-body-size} above it. */
    @WithDefault("50M")
    MemorySize maxSize();

    /** Where request bodies are written while they arrive and are checked. */
    @WithDefault("${java.io.tmpdir}/motcua-document-spool")
    String spoolDirectory();
}
