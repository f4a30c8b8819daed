package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * The transaction codec: a draft's canonical content (the JSON whose bytes are hashed into the
 * transaction id and signed) and back. States and commands are stored as JSON with their class
 * names; a state must survive the round trip byte for byte, or its stored content would not verify.
 */
final class TransactionCodec {

  private TransactionCodec() {}

  /** The content of {@code draft} under {@code requestKey}, notarised by {@code notary}. */
  static ObjectNode encode(String requestKey, TransactionDraft draft, Party notary) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode content = json.objectNode();
    ObjectNode metadata = content.putObject("metadata");
    metadata.put("ledger", "cornerstone-embedded");
    metadata.put("version", 1);
    metadata.put("requestKey", requestKey);
    content.put("notary", notary.name().toString());
    content.put("notaryKey", LedgerJson.encodeKey(notary.publicKey()));
    ArrayNode inputs = content.putArray("inputs");
    draft.inputs().forEach(ref -> inputs.add(LedgerJson.encodeStateRef(ref)));
    ArrayNode references = content.putArray("references");
    draft.references().forEach(ref -> references.add(LedgerJson.encodeStateRef(ref)));
    ArrayNode outputs = content.putArray("outputs");
    for (ContractState state : draft.outputs()) {
      ObjectNode output = outputs.addObject();
      output.put("type", state.getClass().getName());
      output.put("contract", contractOf(state.getClass()).getName());
      output.set("state", LedgerJson.toTree(state));
    }
    ArrayNode commands = content.putArray("commands");
    for (Command command : draft.commands()) {
      ObjectNode node = commands.addObject();
      node.put("type", command.getClass().getName());
      node.set("value", LedgerJson.toTree(command));
    }
    ArrayNode signatories = content.putArray("signatories");
    draft.signatories().forEach(key -> signatories.add(LedgerJson.encodeKey(key)));
    draft
        .timeWindow()
        .ifPresent(
            window -> {
              ObjectNode node = content.putObject("timeWindow");
              node.put("from", window.from() == null ? null : window.from().toString());
              node.put("until", window.until().toString());
            });
    return content;
  }

  /** Decodes the content of transaction {@code id}: its outputs get refs {@code id:index}. */
  static DecodedTransaction decode(JsonNode content, LedgerHash id) {
    MemberX500Name notaryName = MemberX500Name.parse(content.get("notary").asText());
    PublicKey notaryKey = LedgerJson.decodeKey(content.get("notaryKey").asText());
    List<StateRef> inputs = new ArrayList<>();
    content.get("inputs").forEach(n -> inputs.add(LedgerJson.decodeStateRef(n.asText())));
    List<StateRef> references = new ArrayList<>();
    content.get("references").forEach(n -> references.add(LedgerJson.decodeStateRef(n.asText())));
    List<LedgerStateAndRef<?>> outputs = new ArrayList<>();
    JsonNode outputNodes = content.get("outputs");
    for (int index = 0; index < outputNodes.size(); index++) {
      JsonNode output = outputNodes.get(index);
      outputs.add(
          toStateAndRef(
              new StateRef(id, index),
              output.get("type").asText(),
              output.get("contract").asText(),
              output.get("state"),
              notaryName,
              notaryKey));
    }
    List<Command> commands = new ArrayList<>();
    for (JsonNode command : content.get("commands")) {
      commands.add(
          LedgerJson.fromTree(
              command.get("value"), loadClass(command.get("type").asText(), Command.class)));
    }
    List<PublicKey> signatories = new ArrayList<>();
    content.get("signatories").forEach(n -> signatories.add(LedgerJson.decodeKey(n.asText())));
    JsonNode window = content.get("timeWindow");
    Optional<LedgerTimeWindow> timeWindow =
        window == null
            ? Optional.empty()
            : Optional.of(
                new LedgerTimeWindow(
                    window.get("from").isNull() ? null : Instant.parse(window.get("from").asText()),
                    Instant.parse(window.get("until").asText())));
    return new DecodedTransaction(
        content.get("metadata").get("requestKey").asText(),
        notaryName,
        notaryKey,
        inputs,
        references,
        outputs,
        commands,
        signatories,
        timeWindow);
  }

  /**
   * States and commands must survive JSON exactly, or the stored content would not verify.
   *
   * @return the canonical JSON of each output state (stored in {@code ledger.state.state_json})
   */
  static String[] checkRoundTrip(ObjectNode content, DecodedTransaction decoded) {
    JsonNode outputs = content.get("outputs");
    String[] stateJson = new String[outputs.size()];
    for (int index = 0; index < outputs.size(); index++) {
      JsonNode original = outputs.get(index).get("state");
      Object state = decoded.outputs().get(index).getContractState();
      byte[] originalBytes = LedgerJson.canonicalBytes(original);
      stateJson[index] = new String(originalBytes, StandardCharsets.UTF_8);
      if (!Arrays.equals(originalBytes, LedgerJson.canonicalBytes(LedgerJson.toTree(state)))) {
        throw new LedgerException(
            LedgerException.ENCODING_FAILURE
                + ": state "
                + state.getClass().getName()
                + " does not survive JSON unchanged (constructor parameter names must match"
                + " its properties)");
      }
    }
    return stateJson;
  }

  /** The contract a state class names in {@code @BelongsToContract}. */
  static Class<? extends Contract> contractOf(Class<?> stateClass) {
    BelongsToContract belongsTo = stateClass.getAnnotation(BelongsToContract.class);
    if (belongsTo == null) {
      throw new LedgerException(LedgerException.NOT_A_CONTRACT_STATE + ": " + stateClass.getName());
    }
    return belongsTo.value();
  }

  /** A stored state: its JSON read as {@code stateType}, belonging to {@code contractType}. */
  static LedgerStateAndRef<?> toStateAndRef(
      StateRef ref,
      String stateType,
      String contractType,
      JsonNode json,
      MemberX500Name notaryName,
      PublicKey notaryKey) {
    ContractState state = LedgerJson.fromTree(json, loadClass(stateType, ContractState.class));
    return new LedgerStateAndRef<>(
        state, ref, loadClass(contractType, Contract.class), notaryName, notaryKey);
  }

  private static <T> Class<? extends T> loadClass(String name, Class<T> kind) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      return Class.forName(
              name, false, loader != null ? loader : TransactionCodec.class.getClassLoader())
          .asSubclass(kind);
    } catch (ClassNotFoundException e) {
      try {
        return Class.forName(name, false, TransactionCodec.class.getClassLoader()).asSubclass(kind);
      } catch (ClassNotFoundException notHereEither) {
        throw new LedgerException(LedgerException.ENCODING_FAILURE + ": unknown class " + name, e);
      }
    } catch (ClassCastException e) {
      throw new LedgerException(
          LedgerException.ENCODING_FAILURE + ": " + name + " is not a " + kind.getSimpleName(), e);
    }
  }
}
