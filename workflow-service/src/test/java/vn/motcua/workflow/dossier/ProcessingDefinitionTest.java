package vn.motcua.workflow.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessingDefinitionTest {

    private static final ProcessingDefinition STANDARD = ProcessingDefinition.standard();

    @Test
    void standardDefinitionIsReceiveAppraiseApproveIssueReturn() {
        List<String> steps = STANDARD.steps().stream().map(ProcessingStep::name).toList();
        assertEquals(List.of("receive", "appraise", "approve", "issue", "return"), steps);
        List<String> roles = STANDARD.steps().stream().map(ProcessingStep::role).toList();
        assertEquals(List.of("front-desk", "specialist", "leader", "clerk", "front-desk"), roles);
    }

    @Test
    void onlyTheLeadersStepDecidesAndOnlyTheLastStepReturnsTheResult() {
        for (int number = 1; number <= 5; number++) {
            ProcessingStep step = STANDARD.step(number);
            assertEquals(number == 3, step.allows(Action.APPROVE), step.name());
            assertEquals(number == 5, step.allows(Action.RETURN_RESULT), step.name());
            assertTrue(step.allows(Action.ASSIGN), "a hand-off is always possible at " + step.name());
        }
    }

    @Test
    void stepSharesMustAddUpToTheWholeProcessingTime() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessingDefinition("1.001193", 1,
                List.of(new ProcessingStep("appraise", "leader", 60, Set.of(Action.APPROVE)))));
    }

    @Test
    void aDefinitionWhereNoStepDecidesOrWithTwinStepsOrAnUnknownRoleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessingDefinition("p", 1,
                List.of(new ProcessingStep("appraise", "specialist", 100, Set.of(Action.STOP)))));
        assertThrows(IllegalArgumentException.class, () -> new ProcessingDefinition("p", 1, List.of(
                new ProcessingStep("decide", "leader", 50, Set.of(Action.APPROVE)),
                new ProcessingStep("decide", "leader", 50, Set.of(Action.APPROVE)))));
        assertThrows(IllegalArgumentException.class, () -> new ProcessingStep("decide", "mayor", 100, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new ProcessingStep("Decide Now", "leader", 100, Set.of()));
    }

    @Test
    void anInterAgencyStepIsHeldByTheOtherAgency() {
        ProcessingStep tax = new ProcessingStep("tax-office", ProcessingStep.OTHER_AGENCY, Optional.empty(), 20, Set.of());
        assertEquals("other-agency", tax.defaultHolder());
        ProcessingStep justice = new ProcessingStep("appraise", "specialist", Optional.of("Phòng Tư pháp"), 20, Set.of());
        assertEquals("Phòng Tư pháp", justice.defaultHolder());
    }

    @Test
    void aStepGetsItsShareOfTheWorkingTimeToTheMinute() {
        Duration threeWorkingDays = Duration.ofHours(24);
        assertEquals(Duration.ofMinutes(72), STANDARD.shareOf(1, threeWorkingDays));   // 5%
        assertEquals(Duration.ofMinutes(864), STANDARD.shareOf(2, threeWorkingDays));  // 60%
        assertEquals(Duration.ZERO, STANDARD.shareOf(1, Duration.ofMinutes(10)));      // 5% of 10 min rounds down
    }

    @Test
    void stepsFollowEachOtherAndTheLastHasNoSuccessor() {
        assertEquals(Optional.of(2), STANDARD.after(1));
        assertEquals(Optional.empty(), STANDARD.after(5));
        assertEquals(Optional.of(4), STANDARD.numberOf("issue"));
        assertFalse(STANDARD.numberOf("sign").isPresent());
        assertThrows(IllegalArgumentException.class, () -> STANDARD.step(6));
    }
}
