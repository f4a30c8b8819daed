package org.cornerstone.cordapp.flows.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/** The compiled classes of both CPKs (contracts and flows), as bytecode and as loaded classes. */
final class CompiledClasses {

  private CompiledClasses() {}

  /** Every class (nested ones included) of the contracts and the flows CPK. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Class<?> anchor : List.of(AssetTokenState.class, InitiatorFlow.class)) {
      Path location;
      try {
        location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      try {
        if (Files.isDirectory(location)) {
          try (Stream<Path> files = Files.walk(location)) {
            files
                .map(location::relativize)
                .map(Path::toString)
                .filter(f -> f.endsWith(".class") && !f.startsWith("META-INF"))
                .forEach(f -> names.add(toClassName(f)));
          }
        } else {
          try (JarFile jar = new JarFile(location.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
              String f = entries.nextElement().getName();
              if (f.endsWith(".class") && !f.startsWith("META-INF")) {
                names.add(toClassName(f));
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  static Class<?> load(String name) {
    try {
      return Class.forName(name, false, CompiledClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  static ClassNode node(String name) {
    try (InputStream in =
        CompiledClasses.class
            .getClassLoader()
            .getResourceAsStream(name.replace('.', '/') + ".class")) {
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, 0);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String toClassName(String file) {
    return file.substring(0, file.length() - ".class".length())
        .replace('/', '.')
        .replace('\\', '.');
  }
}
