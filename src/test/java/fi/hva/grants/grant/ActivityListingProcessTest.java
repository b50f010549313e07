package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.lahella.ListingReason;
import fi.hva.grants.lahella.ListingResult;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.ScriptedListingCheck;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A region that requires the funded activity to be listed (Pohjois-Pohjanmaa, Ihimiset.fi, seed 003 ch. 5.5.1): the officer
 * checking by hand is asked for the activity's listing, not the association's, and the reviewer reads it so.
 */
@ProcessTest
@TestPropertySource(properties = {"grants.listing.subject=activity", "grants.listing.service-name=Ihimiset.fi"})
class ActivityListingProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessFixtures fixtures;

    @Test
    void officerIsAskedForTheListingOfTheFundedActivity() {
        GrantCall call = fixtures.openCall();
        ScriptedListingCheck.answer(ListingResult.undecided(ListingReason.NO_INTERFACE));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        fixtures.executeDueJobs();

        assertThat(instance).isWaitingAt("checkListingManually");
        Task task = fixtures.task(instance.getId());
        Assertions.assertThat(taskService.getVariableLocal(task.getId(), "listingInstruction").toString())
                .contains("avustettava toiminta on listattu Ihimiset.fi-palvelussa (yhdistyksen listaus ei riitä)",
                        "Hae palvelusta toiminta ”Vertaistukiryhmät”");
        assertThatThrownBy(() -> fixtures.complete(task, "liisa", Map.of("listingResult", "LISTED")))
                .hasMessageContaining("Anna avustettavan toiminnan listauksen verkko-osoite");

        fixtures.complete(task, "liisa", Map.of("listingResult", "LISTED", "listingUrl", "https://www.ihimiset.fi/toiminta/42"));
        fixtures.executeDueJobs();

        assertThat(instance).isWaitingAt("reviewApplication");
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(instance.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("Avustettava toiminta on listattu: https\\://www\\.ihimiset.fi/toiminta/42 (tarkistanut liisa).");
    }
}
