package vn.motcua.document.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import vn.motcua.backbone.problem.ProblemException;

/**
 * A file attached to a registered document (an outgoing document from its number on, or any incoming
 * document, which is registered on arrival) is part of the register's record: nobody adds a version to
 * it any more. The organisation's signature, which the lifecycle puts on a registered outgoing document,
 * is recorded by signing itself ({@link FileService#appendStoredVersion}), not through this door.
 */
@ApplicationScoped
public class FrozenFiles {

    private final EntityManager entityManager;

    FrozenFiles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** 409 {@code file-frozen} when the file belongs to a registered document. */
    public void requireChangeable(UUID fileId) {
        // the registered states are OutgoingStatus.isRegistered()
        boolean frozen = !entityManager.createNativeQuery("""
                        select 1 from outgoing_document where file_id = :file
                            and status in ('REGISTERED', 'SIGNED_BY_ORGANISATION', 'ISSUED')
                        union all
                        select 1 from incoming_document where file_id = :file""")
                .setParameter("file", fileId).setMaxResults(1).getResultList().isEmpty();
        if (frozen) {
            throw ProblemException.conflict("file-frozen", "file " + fileId + " is attached to a registered "
                    + "document and can no longer change; draft a new document to replace it");
        }
    }
}
