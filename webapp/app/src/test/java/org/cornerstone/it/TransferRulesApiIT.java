package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transfer rules over REST on the real WildFly, PostgreSQL and Camunda: a tokenized asset's
 * instrument starts unrestricted (version 1), the pre-transfer check answers with reason codes, the
 * registrar proposes a new rule set, a trustee approves it in the review inbox, and the check then
 * applies version 2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferRulesApiIT {
  final URL base = SuiteDeployment.base();

  @Test
  void theRegistrarChangesTheRulesWithATrusteesApprovalAndTheCheckAppliesThem() throws Exception {
    Api api = new Api(base);
    String assetId = api.submitComplete("Rules Tower", "1000").json().get("id").asText();
    api.approveUntil(assetId, "none");
    api.awaitStatus(assetId, "TOKENIZED");
    String path = "/api/instruments/" + assetId;

    JsonNode rules = api.get("rita", path + "/rules").json();
    assertThat(rules.get("current").get("version").asInt()).isEqualTo(1);
    assertThat(rules.get("history")).hasSize(1);
    assertThat(api.get("ivan", path + "/rules").status()).isEqualTo(403);

    String check = path + "/transfer-check?from=olivia&to=ivan&quantity=10";
    JsonNode open = api.get("rita", check).json();
    assertThat(open.get("allowed").asBoolean()).as(open.toString()).isTrue();
    assertThat(open.get("reasons")).isEmpty();
    JsonNode toIris =
        api.get("olivia", path + "/transfer-check?from=olivia&to=iris&quantity=10").json();
    assertThat(toIris.get("allowed").asBoolean()).isFalse();
    assertThat(toIris.get("reasons").findValuesAsText("code"))
        .containsExactly("RECIPIENT_NOT_ELIGIBLE");
    assertThat(toIris.get("reasons").get(0).get("messageZh").asText()).contains("合格投资者");
    assertThat(api.get("ivan", path + "/transfer-check?from=olivia&to=iris&quantity=1").status())
        .isEqualTo(403);
    assertThat(api.get("rita", path + "/transfer-check?from=olivia&to=ivan&quantity=x").status())
        .isEqualTo(400);

    String proposal =
        "{\"rules\":{\"eligibleCategories\":[\"QUALIFIED\"],\"maxHolders\":1,"
            + "\"holdingPeriod\":\"P30D\"},\"reason\":\"Private placement\"}";
    assertThat(api.postJson("tom", path + "/rules/changes", proposal).status()).isEqualTo(403);
    Api.Reply proposed = api.postJson("rita", path + "/rules/changes", proposal);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    String changeId = proposed.json().get("id").asText();
    assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
    assertThat(api.postJson("rita", path + "/rules/changes", proposal).status()).isEqualTo(409);
    // not in force before a trustee approves
    assertThat(api.get("rita", path + "/rules").json().get("current").get("version").asInt())
        .isEqualTo(1);

    JsonNode task = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && task == null; i++) {
      task = api.taskOf("tom", changeId).orElse(null);
      if (task == null) {
        Poll.pause();
      }
    }
    assertThat(task).as("tom's inbox has the rule change").isNotNull();
    assertThat(task.get("subjectKind").asText()).isEqualTo("TRANSFER_RULES");
    assertThat(task.get("processKey").asText()).isEqualTo("transfer-rules-change");
    // the proposer's group does not get the approval
    assertThat(api.taskOf("rita", changeId)).isEmpty();
    Api.Reply approved =
        api.postJson(
            "tom",
            "/api/tasks/" + task.get("taskId").asText() + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Agreed\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);

    JsonNode after = api.get("rita", path + "/rules").json();
    assertThat(after.get("current").get("version").asInt()).isEqualTo(2);
    assertThat(after.get("current").get("maxHolders").asInt()).isEqualTo(1);
    assertThat(after.get("history")).hasSize(2);
    assertThat(after.get("history").get(0).get("approvedBy").asText()).isEqualTo("tom");
    assertThat(after.get("history").get(0).get("proposedBy").asText()).isEqualTo("rita");
    assertThat(api.get("rita", path + "/rules/changes").json().get(0).get("status").asText())
        .isEqualTo("APPROVED");

    JsonNode refused = api.get("rita", check).json();
    assertThat(refused.get("allowed").asBoolean()).isFalse();
    assertThat(refused.get("ruleSetVersion").asInt()).isEqualTo(2);
    assertThat(refused.get("reasons").findValuesAsText("code"))
        .containsExactly("RECIPIENT_CATEGORY_NOT_ALLOWED", "MAX_HOLDERS_REACHED");
  }
}
