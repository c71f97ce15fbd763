package vn.motcua.workflow.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessingDefinitionTest {

    @Test
    void standardDefinitionIsReceiveAppraiseApproveIssueReturn() {
        List<String> steps = ProcessingDefinition.standard().steps().stream().map(ProcessingStep::name).toList();
        assertEquals(List.of("receive", "appraise", "approve", "issue", "return"), steps);
        List<String> roles = ProcessingDefinition.standard().steps().stream().map(ProcessingStep::role).toList();
        assertEquals(List.of("front-desk", "specialist", "leader", "clerk", "front-desk"), roles);
    }

    @Test
    void stepSharesMustAddUpToTheWholeProcessingTime() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessingDefinition("1.001193", 1,
                List.of(new ProcessingStep("appraise", "specialist", 60))));
    }
}
