package org.cornerstone.cordapp.flows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.corda.v5.base.annotations.ConstructorForDeserialization;
import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Every type reachable from a state, a command or a message flows send each other must pass Corda
 * 5.2's AMQP serializer. Rules read from corda-runtime-os {@code release-5.2.1.0}, {@code
 * libs/serialization/serialization-amqp}: a class, enum or interface needs {@code
 * CordaSerializable} on itself, a superclass or an interface ({@code hasCordaSerializable}, used by
 * {@code LocalTypeModelConfigurationImpl.isExcluded}); primitives, String, Date, UUID, byte[],
 * collections and maps are built in; the types of {@code AMQPSerializationScheme}'s custom
 * serializers (BigDecimal, Instant, Currency, ...) and {@code PublicKey} (crypto-serialization)
 * need nothing; an object is rebuilt through a constructor whose parameters are its properties,
 * each readable through a getter ({@code LocalTypeInformationBuilder}).
 *
 * <p>Message types are those a responder receives ({@code FlowSession.receive(X.class)}, found in
 * the bytecode): everything one side sends the other side receives. REST request and result bodies
 * are JSON, not AMQP, and are not checked here.
 */
class CordaSerialisationRulesTest {

  private static final Set<Class<?>> BUILT_IN =
      Set.of(
          String.class,
          Date.class,
          UUID.class,
          byte[].class,
          BigDecimal.class,
          BigInteger.class,
          Currency.class,
          Instant.class,
          Duration.class,
          LocalDate.class,
          LocalDateTime.class,
          ZonedDateTime.class,
          Optional.class,
          Class.class,
          PublicKey.class,
          Object.class);

  @Test
  void everyStateCommandAndMessageTypeIsSerialisable() {
    Set<Type> roots = new LinkedHashSet<>();
    for (String name : CompiledClasses.names()) {
      Class<?> type = CompiledClasses.load(name);
      if (!type.isInterface()
          && !Modifier.isAbstract(type.getModifiers())
          && (ContractState.class.isAssignableFrom(type) || Command.class.isAssignableFrom(type))) {
        roots.add(type);
      }
      roots.addAll(receivedTypes(CompiledClasses.node(name)));
    }
    assertThat(roots).as("states, commands and messages found").hasSizeGreaterThan(15);

    Set<String> problems = new TreeSet<>();
    Set<Type> seen = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (seen.add(type)) {
        check(type, todo, problems);
      }
    }
    assertThat(problems).as("types Corda 5.2's AMQP serializer refuses").isEmpty();
  }

  /** The class literals passed to FlowSession.receive / sendAndReceive. */
  private static Set<Type> receivedTypes(ClassNode node) {
    Set<Type> types = new LinkedHashSet<>();
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof MethodInsnNode call
            && call.owner.equals("net/corda/v5/application/messaging/FlowSession")
            && (call.name.equals("receive") || call.name.equals("sendAndReceive"))) {
          for (AbstractInsnNode back = insn.getPrevious();
              back != null;
              back = back.getPrevious()) {
            if (back instanceof LdcInsnNode ldc
                && ldc.cst instanceof org.objectweb.asm.Type literal
                && literal.getSort() == org.objectweb.asm.Type.OBJECT) {
              types.add(CompiledClasses.load(literal.getClassName()));
              break;
            }
          }
        }
      }
    }
    return types;
  }

  private static void check(Type type, Deque<Type> todo, Set<String> problems) {
    if (type instanceof ParameterizedType parameterized) {
      todo.push(parameterized.getRawType());
      todo.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
      return;
    }
    if (type instanceof GenericArrayType array) {
      todo.push(array.getGenericComponentType());
      return;
    }
    if (type instanceof WildcardType wildcard) {
      todo.addAll(Arrays.asList(wildcard.getUpperBounds()));
      return;
    }
    if (type instanceof TypeVariable<?> variable) {
      todo.addAll(Arrays.asList(variable.getBounds()));
      return;
    }
    Class<?> clazz = (Class<?>) type;
    if (clazz.isPrimitive()
        || BUILT_IN.contains(clazz)
        || Number.class.isAssignableFrom(clazz) && clazz.getName().startsWith("java.lang.")
        || clazz == Boolean.class
        || clazz == Character.class
        || Collection.class.isAssignableFrom(clazz) && clazz.getName().startsWith("java.util.")
        || Map.class.isAssignableFrom(clazz) && clazz.getName().startsWith("java.util.")) {
      return;
    }
    if (clazz.isArray()) {
      todo.push(clazz.getComponentType());
      return;
    }
    if (!hasCordaSerializable(clazz)) {
      problems.add(
          clazz.getName()
              + (clazz.isEnum() ? " (enum)" : "")
              + " is not annotated with @CordaSerializable (nor a superclass or interface)");
      return;
    }
    if (clazz.isEnum()
        || clazz.isInterface()
        || Modifier.isAbstract(clazz.getModifiers())
        || clazz.getName().startsWith("net.corda.v5.")) {
      return; // Corda's API types are serialisable by Corda; abstract types by their subclasses
    }
    Constructor<?> constructor = deserialisingConstructor(clazz);
    if (constructor == null) {
      problems.add(clazz.getName() + " has no public constructor Corda can rebuild it with");
      return;
    }
    for (Parameter parameter : constructor.getParameters()) {
      if (!parameter.isNamePresent()) {
        problems.add(clazz.getName() + " was compiled without -parameters");
        return;
      }
      Method getter = getter(clazz, parameter.getName());
      if (getter == null) {
        problems.add(
            clazz.getName()
                + "."
                + parameter.getName()
                + ": constructor parameter without a getter (Corda cannot read the property)");
      } else {
        todo.push(getter.getGenericReturnType());
      }
    }
  }

  static boolean hasCordaSerializable(Class<?> type) {
    if (type.isAnnotationPresent(CordaSerializable.class)) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (hasCordaSerializable(implemented)) {
        return true;
      }
    }
    return type.getSuperclass() != null && hasCordaSerializable(type.getSuperclass());
  }

  private static Constructor<?> deserialisingConstructor(Class<?> clazz) {
    List<Constructor<?>> constructors =
        Arrays.stream(clazz.getConstructors()).filter(c -> !c.isSynthetic()).toList();
    for (Constructor<?> c : constructors) {
      if (c.isAnnotationPresent(ConstructorForDeserialization.class)) {
        return c;
      }
    }
    return constructors.stream()
        .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
        .orElse(null);
  }

  private static Method getter(Class<?> clazz, String property) {
    String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String name : List.of("get" + capitalised, "is" + capitalised)) {
      try {
        Method method = clazz.getMethod(name);
        if (method.getReturnType() != void.class) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return null;
  }
}
