package org.cornerstone.cordapp.flows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Corda 5 suspends a flow (to wait for a message, the notary, the vault, token selection) by
 * instrumenting the methods on the call path with Quasar; a method on that path that is not
 * {@code @Suspendable} makes the flow fail when it suspends. This test builds the call graph of the
 * contracts and flows bytecode with ASM and requires {@code @Suspendable} on:
 *
 * <ul>
 *   <li>every method that calls a Corda API method declared {@code @Suspendable} (FlowSession
 *       send/receive, FlowMessaging, UtxoLedgerService finality and transaction-builder exchange,
 *       TokenSelection.tryClaim, FlowEngine.subFlow, MemberLookup, ...), directly or through our
 *       own methods (virtual calls count every override);
 *   <li>every method that overrides a {@code @Suspendable} Corda API method ({@code call}).
 * </ul>
 *
 * A lambda on such a path cannot be made suspendable, so it is reported too.
 */
class SuspendableRulesTest {

  private static final String SUSPENDABLE = "Lnet/corda/v5/base/annotations/Suspendable;";

  private final Map<String, ClassNode> ours = new LinkedHashMap<>();
  private final Map<String, ClassNode> api = new HashMap<>();

  @Test
  void everyMethodThatCanSuspendIsSuspendable() {
    for (String name : CompiledClasses.names()) {
      ClassNode node = CompiledClasses.node(name);
      ours.put(node.name, node);
    }
    Set<String> suspending = new LinkedHashSet<>();
    Set<String> required = new TreeSet<>();
    for (ClassNode node : ours.values()) {
      for (MethodNode method : node.methods) {
        if (overridesSuspendableApi(node, method)) {
          required.add(id(node, method));
          suspending.add(id(node, method));
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ClassNode node : ours.values()) {
        for (MethodNode method : node.methods) {
          String id = id(node, method);
          if (!suspending.contains(id)
              && (callsSuspending(method, suspending)
                  || abstractWithSuspendingOverride(node, method, suspending))) {
            suspending.add(id);
            required.add(id);
            changed = true;
          }
        }
      }
    }
    assertThat(suspending).as("methods that can suspend").hasSizeGreaterThan(20);

    List<String> problems = new ArrayList<>();
    for (String id : required) {
      ClassNode node = ours.get(id.substring(0, id.indexOf('.')));
      MethodNode method = method(node, id.substring(id.indexOf('.') + 1));
      if (method.name.startsWith("lambda$")) {
        problems.add(readable(id) + ": a lambda that can suspend (Quasar cannot instrument it)");
      } else if ((method.access & Opcodes.ACC_BRIDGE) == 0
          && (method.access & Opcodes.ACC_SYNTHETIC) == 0
          && !annotated(method)
          && !annotated(node)) {
        problems.add(readable(id) + " can suspend but is not @Suspendable");
      }
    }
    assertThat(problems).as("methods Quasar would not instrument").isEmpty();
  }

  private boolean callsSuspending(MethodNode method, Set<String> suspending) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call) {
        if (ours.containsKey(call.owner)) {
          for (ClassNode candidate : ours.values()) {
            if (isSubtypeOf(candidate.name, call.owner)
                && suspending.contains(candidate.name + "." + call.name + call.desc)) {
              return true;
            }
          }
          // inherited from an API supertype (e.g. a default method)
          if (apiDeclaresSuspendable(call.owner, call.name, call.desc)) {
            return true;
          }
        } else if (call.owner.startsWith("net/corda/v5/")
            && apiDeclaresSuspendable(call.owner, call.name, call.desc)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean abstractWithSuspendingOverride(
      ClassNode node, MethodNode method, Set<String> suspending) {
    if ((method.access & Opcodes.ACC_ABSTRACT) == 0) {
      return false;
    }
    for (ClassNode candidate : ours.values()) {
      if (candidate != node
          && isSubtypeOf(candidate.name, node.name)
          && suspending.contains(candidate.name + "." + method.name + method.desc)) {
        return true;
      }
    }
    return false;
  }

  private boolean overridesSuspendableApi(ClassNode node, MethodNode method) {
    if (method.name.startsWith("<") || (method.access & Opcodes.ACC_STATIC) != 0) {
      return false;
    }
    List<String> supertypes = new ArrayList<>(node.interfaces);
    if (node.superName != null) {
      supertypes.add(node.superName);
    }
    for (String supertype : supertypes) {
      if (ours.containsKey(supertype)) {
        if (overridesSuspendableApi(ours.get(supertype), method)) {
          return true;
        }
      } else if (apiDeclaresSuspendable(supertype, method.name, method.desc)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a Corda API type or one of its supertypes declares this method {@code @Suspendable}.
   */
  private boolean apiDeclaresSuspendable(String owner, String name, String desc) {
    if (owner == null || owner.startsWith("java/")) {
      return false;
    }
    ClassNode node = ours.containsKey(owner) ? ours.get(owner) : apiClass(owner);
    if (node == null) {
      return false;
    }
    if (!ours.containsKey(owner)) {
      for (MethodNode method : node.methods) {
        if (method.name.equals(name) && method.desc.equals(desc) && annotated(method)) {
          return true;
        }
      }
    }
    for (String supertype : node.interfaces) {
      if (apiDeclaresSuspendable(supertype, name, desc)) {
        return true;
      }
    }
    return apiDeclaresSuspendable(node.superName, name, desc);
  }

  private ClassNode apiClass(String internalName) {
    return api.computeIfAbsent(
        internalName,
        n -> {
          try {
            return CompiledClasses.node(n.replace('/', '.'));
          } catch (RuntimeException e) {
            return null;
          }
        });
  }

  private boolean isSubtypeOf(String type, String supertype) {
    if (type == null) {
      return false;
    }
    if (type.equals(supertype)) {
      return true;
    }
    ClassNode node = ours.get(type);
    if (node == null) {
      return false;
    }
    for (String implemented : node.interfaces) {
      if (isSubtypeOf(implemented, supertype)) {
        return true;
      }
    }
    return isSubtypeOf(node.superName, supertype);
  }

  private static boolean annotated(MethodNode method) {
    return has(method.visibleAnnotations) || has(method.invisibleAnnotations);
  }

  private static boolean annotated(ClassNode node) {
    return has(node.visibleAnnotations) || has(node.invisibleAnnotations);
  }

  private static boolean has(List<AnnotationNode> annotations) {
    return annotations != null && annotations.stream().anyMatch(a -> a.desc.equals(SUSPENDABLE));
  }

  private static MethodNode method(ClassNode node, String nameAndDesc) {
    return node.methods.stream()
        .filter(m -> (m.name + m.desc).equals(nameAndDesc))
        .findFirst()
        .orElseThrow();
  }

  private static String id(ClassNode node, MethodNode method) {
    return node.name + "." + method.name + method.desc;
  }

  private static String readable(String id) {
    return id.replace('/', '.');
  }
}
