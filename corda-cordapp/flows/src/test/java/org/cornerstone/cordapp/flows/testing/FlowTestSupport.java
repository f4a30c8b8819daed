package org.cornerstone.cordapp.flows.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowMessaging;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.DigestAlgorithmName;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.common.NotaryLookup;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.FinalizationResult;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.TransactionState;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.ClaimedToken;
import net.corda.v5.ledger.utxo.token.selection.TokenBalance;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import net.corda.v5.membership.MemberInfo;
import net.corda.v5.membership.NotaryInfo;
import org.mockito.ArgumentCaptor;

/**
 * A mocked Corda around one flow: members, sessions, ledger, token selection. The JSON service is a
 * plain Jackson mapper without the parameter-names module, like Corda's, so request parsing is
 * exercised for real.
 */
public class FlowTestSupport {

  public static final MemberX500Name NOTARY = MemberX500Name.parse("O=Notary, L=Zurich, C=CH");

  public final JsonMarshallingService json = new JacksonJson();
  public final MemberLookup members = mock(MemberLookup.class);
  public final FlowMessaging messaging = mock(FlowMessaging.class);
  public final UtxoLedgerService ledger = mock(UtxoLedgerService.class);
  public final NotaryLookup notaries = mock(NotaryLookup.class);
  public final TokenSelection selection = mock(TokenSelection.class);
  public final DigestService digests = mock(DigestService.class);
  public final UtxoTransactionBuilder builder = mock(UtxoTransactionBuilder.class, RETURNS_SELF);
  public final UtxoSignedTransaction signed = mock(UtxoSignedTransaction.class);
  public final Map<MemberX500Name, FlowSession> sessions = new HashMap<>();
  public final Map<MemberX500Name, MemberInfo> infos = new HashMap<>();
  public final Map<StateRef, StateAndRef<?>> vault = new HashMap<>();
  public final SecureHash transactionId = hash("tx");

  public FlowTestSupport(MemberX500Name me) {
    when(members.myInfo()).thenAnswer(i -> infos.get(me));
    member(me, true);
    NotaryInfo notary = mock(NotaryInfo.class);
    when(notary.getName()).thenReturn(NOTARY);
    when(notaries.getNotaryServices()).thenReturn(List.of(notary));
    when(digests.hash(any(byte[].class), any(DigestAlgorithmName.class)))
        .thenAnswer(i -> sha256(i.getArgument(0)));
    when(ledger.createTransactionBuilder()).thenReturn(builder);
    when(builder.toSignedTransaction()).thenReturn(signed);
    FinalizationResult result = mock(FinalizationResult.class);
    when(result.getTransaction()).thenReturn(signed);
    when(signed.getId()).thenReturn(transactionId);
    when(ledger.finalize(any(), any())).thenReturn(result);
    when(messaging.initiateFlow(any(MemberX500Name.class)))
        .thenAnswer(i -> session(i.getArgument(0)));
    emptyVaultSearches();
    when(ledger.resolve(any(Iterable.class)))
        .thenAnswer(
            i -> {
              List<StateAndRef<?>> resolved = new ArrayList<>();
              for (Object ref : (Iterable<?>) i.getArgument(0)) {
                resolved.add(vault.get(ref));
              }
              return resolved;
            });
  }

  /** Vault searches by exact type find nothing until a test says otherwise. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void emptyVaultSearches() {
    net.corda.v5.application.persistence.PagedQuery.ResultSet empty =
        mock(net.corda.v5.application.persistence.PagedQuery.ResultSet.class);
    when(empty.getResults()).thenReturn(List.of());
    when(empty.hasNext()).thenReturn(false);
    when(ledger.findUnconsumedStatesByExactType(any(), any(), any())).thenReturn(empty);
    // No request key recorded yet (the named query behind RequestKeys.find).
    net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery byRequest =
        mock(net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery.class, RETURNS_SELF);
    when(byRequest.execute()).thenReturn(empty);
    when(ledger.query(
            eq(org.cornerstone.cordapp.query.RequestQueries.TRANSACTION_BY_REQUEST),
            eq(StateAndRef.class)))
        .thenReturn(byRequest);
  }

  /** Registers a member with one ledger key; inactive members are suspended. */
  public MemberInfo member(MemberX500Name name, boolean active) {
    MemberInfo info = mock(MemberInfo.class);
    PublicKey key = mock(PublicKey.class, "key of " + name.getOrganization());
    when(info.getName()).thenReturn(name);
    when(info.getLedgerKeys()).thenReturn(List.of(key));
    when(info.isActive()).thenReturn(active);
    when(members.lookup(name)).thenReturn(info);
    infos.put(name, info);
    return info;
  }

  public PublicKey key(MemberX500Name name) {
    return infos.get(name).getLedgerKeys().get(0);
  }

  public FlowSession session(MemberX500Name counterparty) {
    return sessions.computeIfAbsent(
        counterparty,
        name -> {
          FlowSession session = mock(FlowSession.class);
          when(session.getCounterparty()).thenReturn(name);
          return session;
        });
  }

  /** Puts states in the vault and makes token selection return them for any claim. */
  public TokenClaim claimable(ContractState... states) {
    List<ClaimedToken> claimed = new ArrayList<>();
    for (ContractState state : states) {
      StateRef ref = stored(state);
      ClaimedToken token = mock(ClaimedToken.class);
      when(token.getStateRef()).thenReturn(ref);
      when(token.getAmount()).thenReturn(BigDecimal.ONE);
      claimed.add(token);
    }
    TokenClaim claim = mock(TokenClaim.class);
    when(claim.getClaimedTokens()).thenReturn(claimed);
    when(selection.tryClaim(any(), any())).thenReturn(claim);
    return claim;
  }

  /** Stores a state under a fresh ref and returns the ref. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public StateRef stored(ContractState state) {
    StateRef ref = new StateRef(hash("input-" + vault.size()), vault.size());
    StateAndRef stateAndRef = mock(StateAndRef.class);
    TransactionState transactionState = mock(TransactionState.class);
    when(transactionState.getContractState()).thenReturn(state);
    when(stateAndRef.getState()).thenReturn(transactionState);
    when(stateAndRef.getRef()).thenReturn(ref);
    vault.put(ref, stateAndRef);
    return ref;
  }

  /** Sets every {@code @CordaInject} field of the flow to the matching mock. */
  public <F> F inject(F flow) {
    List<Object> services = List.of(json, members, messaging, ledger, notaries, selection, digests);
    for (Class<?> type = flow.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!field.isAnnotationPresent(CordaInject.class)) {
          continue;
        }
        Object service =
            services.stream()
                .filter(s -> field.getType().isInstance(s))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mock for " + field));
        try {
          field.setAccessible(true);
          field.set(flow, service);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return flow;
  }

  /** The validator this node's responder passed to {@code receiveFinality} on {@code session}. */
  public UtxoTransactionValidator finalityValidator(FlowSession session) {
    ArgumentCaptor<UtxoTransactionValidator> validator =
        ArgumentCaptor.forClass(UtxoTransactionValidator.class);
    verify(ledger).receiveFinality(eq(session), validator.capture());
    return validator.getValue();
  }

  /** Makes token selection report {@code available} as the balance of any pool. */
  public void availableBalance(long available) {
    TokenBalance balance = mock(TokenBalance.class);
    when(balance.getAvailableBalance()).thenReturn(BigDecimal.valueOf(available));
    when(selection.queryBalance(any())).thenReturn(balance);
  }

  public ClientRequestBody body(String text) {
    return new ClientRequestBody() {
      @Override
      public String getRequestBody() {
        return text;
      }

      @Override
      public <T> T getRequestBodyAs(
          net.corda.v5.application.marshalling.MarshallingService service, Class<T> type) {
        return service.parse(text, type);
      }

      @Override
      public <T> List<T> getRequestBodyAsList(
          net.corda.v5.application.marshalling.MarshallingService service, Class<T> type) {
        return service.parseList(text, type);
      }

      @Override
      public <K, V> Map<K, V> getRequestBodyAsMap(
          net.corda.v5.application.marshalling.MarshallingService service,
          Class<K> keys,
          Class<V> values) {
        return service.parseMap(text, keys, values);
      }
    };
  }

  /** A request body built from a request object, as the web app would send it. */
  public ClientRequestBody body(Object request) {
    return body(json.format(request));
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> parse(String response) {
    return json.parse(response, Map.class);
  }

  /** A ledger transaction that answers typed queries from the given states and commands. */
  public static UtxoLedgerTransaction ledgerTx(
      List<? extends ContractState> inputs,
      List<? extends ContractState> outputs,
      Command... commands) {
    UtxoLedgerTransaction tx = mock(UtxoLedgerTransaction.class);
    when(tx.getInputStates(any())).thenAnswer(i -> ofType(inputs, i.getArgument(0)));
    when(tx.getOutputStates(any())).thenAnswer(i -> ofType(outputs, i.getArgument(0)));
    when(tx.getCommands(any())).thenAnswer(i -> ofType(List.of(commands), i.getArgument(0)));
    when(tx.getCommands()).thenReturn(List.of(commands));
    when(tx.getId()).thenReturn(hash("ledger-tx"));
    when(tx.getNotaryName()).thenReturn(NOTARY);
    return tx;
  }

  private static List<Object> ofType(List<?> items, Class<?> type) {
    return items.stream().filter(type::isInstance).map(type::cast).map(x -> (Object) x).toList();
  }

  public static SecureHash hash(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static SecureHash sha256(byte[] bytes) {
    try {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new TestHash(hex);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Value-equal SecureHash for tests. */
  record TestHash(String hex) implements SecureHash {
    @Override
    public String getAlgorithm() {
      return "SHA-256";
    }

    @Override
    public String toHexString() {
      return hex;
    }

    @Override
    public String toString() {
      return "SHA-256:" + hex;
    }
  }

  /** Jackson with default settings, as in Corda's JsonMarshallingServiceImpl (minus Kotlin). */
  static final class JacksonJson implements JsonMarshallingService {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String format(Object data) {
      try {
        return mapper.writeValueAsString(data);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public <T> T parse(String input, Class<T> type) {
      try {
        return mapper.readValue(input, type);
      } catch (Exception e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    @Override
    public <T> List<T> parseList(String input, Class<T> type) {
      try {
        return mapper.readValue(
            input, mapper.getTypeFactory().constructCollectionType(List.class, type));
      } catch (Exception e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    @Override
    public <K, V> Map<K, V> parseMap(String input, Class<K> keys, Class<V> values) {
      try {
        return mapper.readValue(
            input, mapper.getTypeFactory().constructMapType(Map.class, keys, values));
      } catch (Exception e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  /**
   * The time window the flow gave its transaction ({@code setTimeWindowBetween}, once): {@code
   * [from, until]}.
   */
  public Instant[] timeWindow() {
    ArgumentCaptor<Instant> from = ArgumentCaptor.forClass(Instant.class);
    ArgumentCaptor<Instant> until = ArgumentCaptor.forClass(Instant.class);
    verify(builder).setTimeWindowBetween(from.capture(), until.capture());
    return new Instant[] {from.getValue(), until.getValue()};
  }

  /** The upper bound of {@link #timeWindow()}: what a receiver's holding is acquired at. */
  public Instant windowUntil() {
    return timeWindow()[1];
  }
}
