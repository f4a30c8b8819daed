package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.ConstructorDetector;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.io.IOException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.corda.v5.base.annotations.ConstructorForDeserialization;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * The ledger's JSON: states and commands via Jackson (constructor parameter names, sorted
 * properties), Corda types as strings, and a canonical byte form for hashing.
 */
public final class LedgerJson {

  private static final String[] KEY_ALGORITHMS = {"Ed25519", "EC", "RSA"};

  private static final ObjectMapper MAPPER = createMapper();

  private static final int KEY_CACHE_SIZE = 10_000;

  /** Decoded public keys (immutable) by their base64 X.509 encoding: states repeat a few keys. */
  private static final java.util.Map<String, PublicKey> DECODED_KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LedgerJson() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A public key as base64 of its X.509 encoding. */
  public static String encodeKey(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** The inverse of {@link #encodeKey(PublicKey)}; Ed25519, EC and RSA keys. */
  public static PublicKey decodeKey(String base64) {
    PublicKey key = DECODED_KEYS.get(base64);
    if (key == null) {
      key = decodeKey(Base64.getDecoder().decode(base64));
      if (DECODED_KEYS.size() >= KEY_CACHE_SIZE) {
        DECODED_KEYS.clear(); // a crude bound: parties are few, keys are cheap to decode again
      }
      DECODED_KEYS.put(base64, key);
    }
    return key;
  }

  /** Decodes an X.509-encoded Ed25519, EC or RSA public key. */
  public static PublicKey decodeKey(byte[] x509) {
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(x509));
      } catch (Exception tryNext) {
        // not this algorithm
      }
    }
    throw new LedgerException(LedgerException.ENCODING_FAILURE + ": unsupported public key");
  }

  /** A state reference as {@code SHA-256:HEX:index}. */
  public static String encodeStateRef(StateRef ref) {
    return ref.getTransactionId() + ":" + ref.getIndex();
  }

  /** The inverse of {@link #encodeStateRef(StateRef)}. */
  public static StateRef decodeStateRef(String text) {
    int colon = text.lastIndexOf(':');
    return new StateRef(
        LedgerHash.parse(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
  }

  /** Any value (state, command) as a JSON tree. */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A JSON tree back to an object of {@code type}. */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new LedgerException(
          LedgerException.ENCODING_FAILURE + ": " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** Parses JSON bytes or text. */
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new LedgerException(LedgerException.ENCODING_FAILURE + ": " + e.getMessage(), e);
    }
  }

  /**
   * The canonical bytes of a JSON tree: object properties sorted by name at every depth, no
   * whitespace, UTF-8. Equal trees give equal bytes.
   */
  public static byte[] canonicalBytes(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(canonical(tree));
    } catch (JsonProcessingException e) {
      throw new LedgerException(LedgerException.ENCODING_FAILURE + ": " + e.getMessage(), e);
    }
  }

  /** {@link #canonicalBytes(JsonNode)} as a string. */
  public static String canonicalString(JsonNode tree) {
    return new String(canonicalBytes(tree), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        sorted.set(name, canonical(node.get(name)));
      }
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> array.add(canonical(element)));
      return array;
    }
    return node;
  }

  private static ObjectMapper createMapper() {
    SimpleModule corda = new SimpleModule("cornerstone-ledger");
    corda.addSerializer(PublicKey.class, toStringSerializer(LedgerJson::encodeKey));
    corda.addDeserializer(PublicKey.class, fromStringDeserializer(LedgerJson::decodeKey));
    corda.addSerializer(MemberX500Name.class, toStringSerializer(MemberX500Name::toString));
    corda.addDeserializer(MemberX500Name.class, fromStringDeserializer(MemberX500Name::parse));
    corda.addSerializer(SecureHash.class, toStringSerializer(SecureHash::toString));
    corda.addDeserializer(SecureHash.class, fromStringDeserializer(LedgerHash::parse));
    corda.addSerializer(StateRef.class, toStringSerializer(LedgerJson::encodeStateRef));
    corda.addDeserializer(StateRef.class, fromStringDeserializer(LedgerJson::decodeStateRef));
    return JsonMapper.builder()
        // the introspector first: modules added later chain their own introspectors onto it
        .annotationIntrospector(new CordaAnnotations())
        .addModule(new ParameterNamesModule())
        .addModule(new JavaTimeModule())
        .addModule(corda)
        .constructorDetector(ConstructorDetector.USE_PROPERTIES_BASED)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // 12.30 stays 12.30: a state must read back exactly as it was signed
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
  }

  private static <T> JsonSerializer<T> toStringSerializer(
      java.util.function.Function<T, String> f) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(f.apply(value));
      }
    };
  }

  private static <T> JsonDeserializer<T> fromStringDeserializer(
      java.util.function.Function<String, T> f) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        try {
          return f.apply(text);
        } catch (RuntimeException e) {
          return context.reportInputMismatch(this, "Cannot decode '%s': %s", text, e.getMessage());
        }
      }
    };
  }

  /** Treats Corda's {@code @ConstructorForDeserialization} as Jackson's {@code @JsonCreator}. */
  private static final class CordaAnnotations extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public com.fasterxml.jackson.annotation.JsonCreator.Mode findCreatorAnnotation(
        com.fasterxml.jackson.databind.cfg.MapperConfig<?> config, Annotated a) {
      if (a.hasAnnotation(ConstructorForDeserialization.class)) {
        return com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES;
      }
      return super.findCreatorAnnotation(config, a);
    }
  }
}
