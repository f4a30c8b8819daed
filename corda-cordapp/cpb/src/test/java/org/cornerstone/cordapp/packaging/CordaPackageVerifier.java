package org.cornerstone.cordapp.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Checks a CPB and its CPKs against the rules Corda 5.2 applies when a CPI is uploaded and when it
 * builds the flow and persistence sandboxes of a virtual node. Written from a reading of
 * corda/corda-runtime-os at tag {@code release-5.2.1.0} (paths below are in that repository); none
 * of its code is used. Each problem names the artefact, the rule and where 5.2 applies it.
 */
final class CordaPackageVerifier {

  /** The platform version of Corda 5.2.1 ({@code gradle.properties: platformVersion}). */
  static final int CORDA_52_PLATFORM_VERSION = 50201;

  static final String CPK_FORMAT = "Corda-CPK-Format";
  static final String CPK_NAME = "Corda-CPK-Cordapp-Name";
  static final String CPB_FORMAT = "Corda-CPB-Format";
  static final String BUNDLE_SYMBOLIC_NAME = "Bundle-SymbolicName";
  static final String BUNDLE_VERSION = "Bundle-Version";
  static final String CONTRACT_NAME = "Cordapp-Contract-Name";
  static final String WORKFLOW_NAME = "Cordapp-Workflow-Name";
  static final String DEPENDENCIES_ENTRY = "META-INF/CPKDependencies.json";

  static final String TOKEN_OBSERVERS_V1 = "Corda-Token-Observer-Classes";
  static final String TOKEN_OBSERVERS_V2 = "Corda-Token-Observer-v2-Classes";
  static final String NAMED_QUERIES = "Corda-Ledger-Named-Query-Classes";
  static final String VAULT_JSON_FACTORIES = "Corda-Ledger-Vault-Json-Factory-Classes";
  static final String ENTITIES = "Corda-Entity-Classes";

  /**
   * A header listing classes, the type each listed class must have and whether only contract CPKs
   * are read for it (the persistence sandbox holds contract CPKs only: {@code
   * EntitySandboxServiceImpl.getVirtualNodeContext} filters on {@code CpkMetadata::isContractCpk}).
   */
  record ClassHeader(String header, String type, boolean contractCpkOnly, boolean instantiated) {}

  /** Headers of {@code libs/packaging/packaging-core/.../CordappManifest.kt} we use or police. */
  static final List<ClassHeader> CLASS_HEADERS =
      List.of(
          new ClassHeader(
              "Corda-Contract-Classes", "net.corda.v5.ledger.utxo.Contract", false, true),
          new ClassHeader("Corda-Flow-Classes", "net.corda.v5.application.flows.Flow", false, true),
          new ClassHeader(
              "Corda-ClientStartableFlow-Classes",
              "net.corda.v5.application.flows.ClientStartableFlow",
              false,
              true),
          new ClassHeader(
              "Corda-InitiatedFlow-Classes",
              "net.corda.v5.application.flows.ResponderFlow",
              false,
              true),
          new ClassHeader(
              "Corda-Subflow-Classes", "net.corda.v5.application.flows.SubFlow", false, true),
          new ClassHeader(
              TOKEN_OBSERVERS_V1,
              "net.corda.v5.ledger.utxo.observer.UtxoLedgerTokenStateObserver",
              true,
              true),
          new ClassHeader(
              TOKEN_OBSERVERS_V2,
              "net.corda.v5.ledger.utxo.observer.UtxoTokenTransactionStateObserver",
              true,
              true),
          new ClassHeader(
              NAMED_QUERIES, "net.corda.v5.ledger.utxo.query.VaultNamedQueryFactory", true, true),
          new ClassHeader(
              VAULT_JSON_FACTORIES,
              "net.corda.v5.ledger.utxo.query.json.ContractStateVaultJsonFactory",
              true,
              true),
          new ClassHeader(ENTITIES, "java.lang.Object", true, false));

  /**
   * Every {@code Corda-*} / {@code Cordapp-*} main attribute 5.2 reads ({@code
   * PackagingConstants.kt}, {@code CordappManifest.kt}, {@code CpkLoaderV2.CPK_TYPE}); any other is
   * ignored by the cluster, which is how observers declared under a made-up name go unnoticed.
   */
  static final Set<String> HEADERS_READ_BY_CORDA_52 =
      Set.of(
          "Corda-CPK-Format",
          "Corda-CPK-Type",
          "Corda-CPK-Cordapp-Name",
          "Corda-CPK-Cordapp-Version",
          "Corda-CPK-Cordapp-Licence",
          "Corda-CPK-Cordapp-Vendor",
          "Cordapp-Contract-Name",
          "Cordapp-Contract-Version",
          "Cordapp-Contract-Licence",
          "Cordapp-Contract-Vendor",
          "Cordapp-Workflow-Name",
          "Cordapp-Workflow-Version",
          "Cordapp-Workflow-Licence",
          "Cordapp-Workflow-Vendor",
          "Corda-Contract-Classes",
          "Corda-Flow-Classes",
          "Corda-ClientStartableFlow-Classes",
          "Corda-InitiatedFlow-Classes",
          "Corda-Subflow-Classes",
          "Corda-MappedSchema-Classes",
          "Corda-SerializationCustomSerializer-Classes",
          "Corda-JsonSerializer-Classes",
          "Corda-JsonDeserializer-Classes",
          "Corda-CheckpointCustomSerializer-Classes",
          "Corda-StateAndRefPostProcessor-Classes",
          "Corda-CustomQueryPostProcessor-Classes",
          "Corda-NotaryPluginFlow-Classes",
          "Corda-DigestAlgorithmFactory-Classes",
          ENTITIES,
          TOKEN_OBSERVERS_V1,
          TOKEN_OBSERVERS_V2,
          NAMED_QUERIES,
          VAULT_JSON_FACTORIES);

  /** What R3's cordapp-configuration adds to every CPK's imports for JPA lazy proxies. */
  static final List<String> JPA_PROXY_PACKAGES =
      List.of("org.hibernate.annotations", "org.hibernate.proxy");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Collection<X509Certificate> trusted;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param trusted the code-signer certificates the cluster trusts ({@code PUT
   *     /certificate/cluster/code-signer}); Corda validates every signer's path against them.
   */
  CordaPackageVerifier(Collection<X509Certificate> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  private void problem(String artefact, String rule) {
    problems.add(artefact + ": " + rule);
  }

  /** A CPB as {@code CpbV2Verifier} (called from {@code CpiV2Verifier} at upload) checks it. */
  void verifyCpb(Path cpb) throws IOException {
    String name = cpb.getFileName().toString();
    if (!name.endsWith(".cpb")) {
      problem(
          name,
          "file name must end in .cpb: corda-cli create-cpi stores the CPB under its file name and"
              + " CpiLoaderV2 reads only the CPI entry ending in .cpb");
    }
    SignedJar jar = readSignedJar(name, Files.readAllBytes(cpb));
    if (jar == null) {
      return;
    }
    requireValue(name, jar.manifest(), CPB_FORMAT, "2.0", "CpbV2Verifier.verifyManifest");
    require(name, jar.manifest(), "Corda-CPB-Name", "CpbV2Verifier.verifyManifest");
    require(name, jar.manifest(), "Corda-CPB-Version", "CpbV2Verifier.verifyManifest");
    Map<String, byte[]> cpks = new LinkedHashMap<>();
    jar.entries()
        .forEach(
            (entry, bytes) -> {
              if (entry.indexOf('/') < 0 && entry.toLowerCase(Locale.ROOT).endsWith(".jar")) {
                cpks.put(name + "/" + entry, bytes);
              }
            });
    if (cpks.isEmpty()) {
      problem(name, "no CPK (a top-level .jar entry) in the CPB (CpbV2Verifier.verifyCpks)");
      return;
    }
    verifyCpks(cpks);
  }

  /** The CPKs of one CPB, each on its own and together (dependencies, sandbox class loading). */
  void verifyCpks(Map<String, byte[]> cpkFiles) throws IOException {
    List<Cpk> cpks = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : cpkFiles.entrySet()) {
      SignedJar jar = readSignedJar(file.getKey(), file.getValue());
      if (jar != null) {
        Cpk cpk = new Cpk(file.getKey(), file.getValue(), jar);
        verifyCpkManifest(cpk);
        verifyDependenciesFile(cpk);
        cpks.add(cpk);
      }
    }
    verifyUniqueNames(cpks);
    verifyDependenciesSatisfied(cpks);
    verifyClasses(cpks);
  }

  // ---------------------------------------------------------------------------------------------
  // Signatures: libs/packaging/packaging-verify/.../JarVerifier.kt and VerifyCertificates.kt

  record SignedJar(
      String name, Manifest manifest, Map<String, byte[]> entries, List<CodeSigner> signers) {}

  private SignedJar readSignedJar(String name, byte[] bytes) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Set<String> signed = new LinkedHashSet<>();
    Set<String> unsigned = new TreeSet<>();
    CodeSigner[] first = null;
    Manifest manifest;
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes), true)) {
      manifest = in.getManifest();
      if (manifest == null) {
        problem(name, "manifest missing or not the first entry (JarVerifier)");
        return null;
      }
      JarEntry entry;
      while ((entry = in.getNextJarEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.isDirectory()) {
          continue;
        }
        entries.put(entry.getName(), content);
        if (isSigningRelated(entry.getName())) {
          continue;
        }
        CodeSigner[] signers = entry.getCodeSigners();
        if (signers == null) {
          unsigned.add(entry.getName());
        } else if (first == null) {
          first = signers;
          signed.add(entry.getName());
        } else if (!Arrays.equals(first, signers)) {
          problem(
              name, "file " + entry.getName() + " has other signers than the rest (JarVerifier)");
        } else {
          signed.add(entry.getName());
        }
      }
    } catch (IOException | SecurityException e) {
      problem(name, "cannot be read as a signed jar (JarVerifier): " + e.getMessage());
      return null;
    }
    if (first == null) {
      problem(
          name,
          "not signed: CPI upload rejects it with \"No signed files found\" (JarVerifier"
              + ".verifySignatures)");
      return new SignedJar(name, manifest, entries, List.of());
    }
    if (!unsigned.isEmpty()) {
      problem(name, "files not signed (JarVerifier): " + unsigned);
    }
    Set<String> listed = new HashSet<>(manifest.getEntries().keySet());
    for (String file : signed) {
      listed.remove(file);
    }
    if (!listed.isEmpty()) {
      problem(name, "manifest lists files that are missing (JarVerifier): " + listed);
    }
    List<CodeSigner> signers = List.of(first);
    verifyCertificates(name, signers);
    return new SignedJar(name, manifest, entries, signers);
  }

  /** {@code SigningHelpers.isSigningRelated}: the manifest and META-INF/*.SF|DSA|RSA|EC|SIG-*. */
  static boolean isSigningRelated(String entryName) {
    String upper = entryName.toUpperCase(Locale.ROOT);
    if (!upper.startsWith("META-INF/")) {
      return false;
    }
    String file = upper.substring("META-INF/".length());
    if (file.indexOf('/') >= 0) {
      return false;
    }
    return file.equals("MANIFEST.MF")
        || file.endsWith(".SF")
        || file.endsWith(".DSA")
        || file.endsWith(".RSA")
        || file.endsWith(".EC")
        || file.startsWith("SIG-");
  }

  private void verifyCertificates(String name, List<CodeSigner> signers) {
    if (trusted.isEmpty()) {
      problem(name, "no trusted code-signer certificate to check the signature against");
      return;
    }
    for (CodeSigner signer : signers) {
      try {
        PKIXParameters parameters =
            new PKIXParameters(
                trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet()));
        parameters.setRevocationEnabled(false);
        if (signer.getTimestamp() != null) {
          parameters.setDate(signer.getTimestamp().getTimestamp());
        }
        CertPathValidator.getInstance("PKIX").validate(signer.getSignerCertPath(), parameters);
      } catch (GeneralSecurityException e) {
        problem(
            name,
            "signer's certificate path does not lead to a trusted certificate (VerifyCertificates): "
                + e.getMessage());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Manifest: CpkV2Verifier.verifyManifest, CordappManifest.fromManifest, CpiLoaderV2

  record Cpk(String name, byte[] bytes, SignedJar jar) {
    Attributes main() {
      return jar.manifest().getMainAttributes();
    }

    boolean isContract() {
      // CordappManifest.fromManifest tests the contract name first: a CPK with both is a contract.
      return main().getValue(CONTRACT_NAME) != null;
    }

    String bundleName() {
      return main().getValue(BUNDLE_SYMBOLIC_NAME);
    }

    String bundleVersion() {
      return main().getValue(BUNDLE_VERSION);
    }

    Set<String> listed(String header) {
      String value = main().getValue(header);
      if (value == null || value.isBlank()) {
        return Set.of();
      }
      return new TreeSet<>(Arrays.asList(value.split(",")));
    }

    Set<String> certificates() {
      return jar.signers().stream()
          .map(s -> s.getSignerCertPath().getCertificates().get(0))
          .map(Certificate::toString)
          .collect(Collectors.toSet());
    }
  }

  private void verifyCpkManifest(Cpk cpk) {
    Manifest manifest = cpk.jar().manifest();
    String name = cpk.name();
    requireValue(name, manifest, CPK_FORMAT, "2.0", "CpkV2Verifier.verifyManifest");
    require(name, manifest, BUNDLE_SYMBOLIC_NAME, "CpkV2Verifier.verifyManifest");
    require(name, manifest, BUNDLE_VERSION, "CpkV2Verifier.verifyManifest");
    Attributes main = manifest.getMainAttributes();
    boolean workflow = main.getValue(WORKFLOW_NAME) != null;
    boolean contract = main.getValue(CONTRACT_NAME) != null;
    if (workflow && contract) {
      problem(
          name,
          "both Cordapp-Workflow-Name and Cordapp-Contract-Name: CpkV2Verifier checks it as a"
              + " workflow, CordappManifest treats it as a contract CPK");
    }
    if (!workflow && !contract) {
      problem(name, "neither Cordapp-Workflow-Name nor Cordapp-Contract-Name (CpkV2Verifier)");
    }
    String kind = contract ? "Contract" : "Workflow";
    if (workflow || contract) {
      for (String suffix : List.of("Licence", "Vendor", "Version")) {
        require(name, manifest, "Cordapp-" + kind + "-" + suffix, "CpkV2Verifier.verifyManifest");
      }
      requireInt(name, main, "Cordapp-" + kind + "-Version");
    }
    Integer min = requireInt(name, main, "Min-Platform-Version");
    requireInt(name, main, "Target-Platform-Version");
    if (min != null && min > CORDA_52_PLATFORM_VERSION) {
      problem(
          name,
          "Min-Platform-Version "
              + min
              + " is above Corda 5.2.1's "
              + CORDA_52_PLATFORM_VERSION
              + " (CpiLoaderV2)");
    }
    for (Object key : main.keySet()) {
      String header = key.toString();
      if ((header.startsWith("Corda-") || header.startsWith("Cordapp-"))
          && !HEADERS_READ_BY_CORDA_52.contains(header)) {
        problem(name, "header " + header + " is not read by Corda 5.2 (CordappManifest.kt)");
      }
    }
    if (!cpk.isContract()) {
      for (ClassHeader rule : CLASS_HEADERS) {
        if (rule.contractCpkOnly() && !cpk.listed(rule.header()).isEmpty()) {
          problem(
              name,
              rule.header()
                  + " in a workflow CPK: Corda 5.2 reads it from contract CPKs only (the"
                  + " persistence sandbox, EntitySandboxServiceImpl)");
        }
      }
    }
    if (!cpk.listed(ENTITIES).isEmpty()) {
      Set<String> imports = packages(main.getValue("Import-Package"));
      for (String required : JPA_PROXY_PACKAGES) {
        if (!imports.contains(required)) {
          problem(
              name,
              "declares JPA entities but does not import "
                  + required
                  + " (cordapp-configuration.properties Required-Packages)");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Dependencies: CpkV2DependenciesReader (+ corda-cpk-2.0.json schema), CpbV2Verifier

  private void verifyDependenciesFile(Cpk cpk) {
    String name = cpk.name();
    byte[] file = cpk.jar().entries().get(DEPENDENCIES_ENTRY);
    if (file == null) {
      problem(name, DEPENDENCIES_ENTRY + " not found (CpkV2Verifier: the CPB is rejected)");
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(file);
    } catch (IOException e) {
      problem(name, DEPENDENCIES_ENTRY + " is not JSON: " + e.getMessage());
      return;
    }
    if (root == null || !root.isObject()) {
      problem(name, DEPENDENCIES_ENTRY + " is not a JSON object (corda-cpk-2.0.json)");
      return;
    }
    if (!root.path("formatVersion").isTextual()
        || !"2.0".equals(root.path("formatVersion").asText())) {
      problem(name, DEPENDENCIES_ENTRY + ": formatVersion must be the string \"2.0\"");
    }
    if (!root.path("dependencies").isArray()) {
      problem(name, DEPENDENCIES_ENTRY + ": dependencies must be an array (corda-cpk-2.0.json)");
      return;
    }
    Set<String> allowed = Set.of("name", "version", "verifyFileHash", "verifySameSignerAsMe");
    for (JsonNode dependency : root.path("dependencies")) {
      Set<String> fields = new TreeSet<>();
      dependency.fieldNames().forEachRemaining(fields::add);
      Set<String> extra = new TreeSet<>(fields);
      extra.removeAll(allowed);
      if (!extra.isEmpty()) {
        problem(name, DEPENDENCIES_ENTRY + ": fields not allowed by the schema " + extra);
      }
      if (!dependency.path("name").isTextual() || !dependency.path("version").isTextual()) {
        problem(name, DEPENDENCIES_ENTRY + ": each dependency needs a string name and version");
      }
      boolean byHash = dependency.has("verifyFileHash");
      boolean bySigner = dependency.has("verifySameSignerAsMe");
      if (byHash == bySigner) {
        problem(
            name,
            DEPENDENCIES_ENTRY + ": exactly one of verifyFileHash, verifySameSignerAsMe (oneOf)");
      }
      if (bySigner && !dependency.path("verifySameSignerAsMe").asBoolean(false)) {
        problem(name, DEPENDENCIES_ENTRY + ": verifySameSignerAsMe must be true (enum [true])");
      }
      if (byHash) {
        JsonNode hash = dependency.path("verifyFileHash");
        if (!hash.path("algorithm").isTextual() || !hash.path("fileHash").isTextual()) {
          problem(name, DEPENDENCIES_ENTRY + ": verifyFileHash needs algorithm and fileHash");
        } else {
          try {
            Base64.getDecoder().decode(hash.path("fileHash").asText());
          } catch (IllegalArgumentException e) {
            problem(name, DEPENDENCIES_ENTRY + ": fileHash is not Base64");
          }
        }
      }
    }
  }

  private void verifyUniqueNames(List<Cpk> cpks) {
    Set<String> bundles = new HashSet<>();
    Set<String> cordapps = new HashSet<>();
    for (Cpk cpk : cpks) {
      if (cpk.bundleName() != null && !bundles.add(cpk.bundleName())) {
        problem(cpk.name(), "CorDapp " + cpk.bundleName() + " appears twice (CpbV2Verifier)");
      }
      String cordapp = cpk.main().getValue(CPK_NAME);
      if (!cordapps.add(cordapp == null ? cpk.bundleName() : cordapp)) {
        problem(cpk.name(), "two CPKs share Corda-CPK-Cordapp-Name " + cordapp + " (CpiLoaderV2)");
      }
    }
  }

  private void verifyDependenciesSatisfied(List<Cpk> cpks) {
    for (Cpk cpk : cpks) {
      byte[] file = cpk.jar().entries().get(DEPENDENCIES_ENTRY);
      if (file == null) {
        continue;
      }
      JsonNode dependencies;
      try {
        dependencies = JSON.readTree(file).path("dependencies");
      } catch (IOException e) {
        continue;
      }
      for (JsonNode dependency : dependencies) {
        String depName = dependency.path("name").asText();
        String depVersion = dependency.path("version").asText();
        boolean satisfied =
            cpks.stream()
                .anyMatch(
                    other ->
                        depName.equals(other.bundleName())
                            && depVersion.equals(other.bundleVersion())
                            && (dependency.has("verifyFileHash")
                                ? hashMatches(dependency.path("verifyFileHash"), other.bytes())
                                : !cpk.certificates().isEmpty()
                                    && cpk.certificates().equals(other.certificates())));
        if (!satisfied) {
          problem(
              cpk.name(),
              "unsatisfied dependency "
                  + depName
                  + " "
                  + depVersion
                  + " (CpbV2Verifier: Bundle-SymbolicName, Bundle-Version and signer or file hash"
                  + " must match a CPK of the CPB)");
        }
      }
    }
  }

  private static boolean hashMatches(JsonNode hash, byte[] file) {
    try {
      byte[] expected = Base64.getDecoder().decode(hash.path("fileHash").asText());
      byte[] actual =
          MessageDigest.getInstance(hash.path("algorithm").asText().replace("SHA2-", "SHA-"))
              .digest(file);
      return Arrays.equals(expected, actual);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Classes: SandboxGroupImpl.loadClassFromMainBundles (exported package, right bundle, right
  // type), EntitySandboxServiceImpl (observers need a public no-arg constructor),
  // SandboxGroupContextServiceImpl.registerMetadataServices (named queries, vault-JSON factories).

  private void verifyClasses(List<Cpk> cpks) throws IOException {
    Path dir = Files.createTempDirectory("cpk-verifier");
    Map<Cpk, URL> urls = new LinkedHashMap<>();
    for (Cpk cpk : cpks) {
      Path file = dir.resolve(urls.size() + ".jar");
      Files.write(file, cpk.bytes());
      urls.put(cpk, toUrl(file));
    }
    ClassLoader api = CordaPackageVerifier.class.getClassLoader();
    try (URLClassLoader flowSandbox = new URLClassLoader(urls.values().toArray(URL[]::new), api);
        URLClassLoader persistenceSandbox =
            new URLClassLoader(
                urls.entrySet().stream()
                    .filter(e -> e.getKey().isContract())
                    .map(Map.Entry::getValue)
                    .toArray(URL[]::new),
                api)) {
      for (Cpk cpk : cpks) {
        Set<String> exported = packages(cpk.main().getValue("Export-Package"));
        for (ClassHeader rule : CLASS_HEADERS) {
          if (rule.contractCpkOnly() && !cpk.isContract()) {
            continue; // reported by verifyCpkManifest: 5.2 never reads it there
          }
          ClassLoader sandbox = rule.contractCpkOnly() ? persistenceSandbox : flowSandbox;
          for (String className : cpk.listed(rule.header())) {
            verifyListedClass(cpk, rule, className, exported, sandbox);
          }
        }
        verifyEveryImplementationListed(cpk, flowSandbox);
      }
    }
  }

  private void verifyListedClass(
      Cpk cpk, ClassHeader rule, String className, Set<String> exported, ClassLoader sandbox) {
    String where = cpk.name() + " " + rule.header() + " " + className;
    if (!cpk.jar().entries().containsKey(className.replace('.', '/') + ".class")) {
      problems.add(where + ": not in this CPK's main bundle (CpkSandboxImpl.accept)");
      return;
    }
    String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
    if (!exported.contains(pkg)) {
      problems.add(where + ": package not exported, the sandbox cannot load it (CpkSandboxImpl)");
    }
    Class<?> type;
    Class<?> listed;
    try {
      type = Class.forName(rule.type(), false, sandbox);
      listed = Class.forName(className, true, sandbox);
    } catch (ClassNotFoundException | LinkageError e) {
      problems.add(where + ": cannot be loaded from the sandbox: " + e);
      return;
    }
    if (!type.isAssignableFrom(listed)) {
      problems.add(where + ": is not a " + rule.type() + " (loadClassFromMainBundles(name, type))");
    }
    if (rule.instantiated()) {
      try {
        if (Modifier.isAbstract(listed.getModifiers()) || listed.isInterface()) {
          problems.add(where + ": is abstract, Corda cannot instantiate it");
        } else {
          listed.getConstructor();
        }
      } catch (NoSuchMethodException e) {
        problems.add(where + ": has no public no-argument constructor (getConstructor())");
      }
    }
  }

  /** A class Corda should find but that no header lists is silently ignored by the cluster. */
  private void verifyEveryImplementationListed(Cpk cpk, ClassLoader sandbox) {
    for (String entry : cpk.jar().entries().keySet()) {
      if (!entry.endsWith(".class") || entry.contains("$") || entry.startsWith("META-INF/")) {
        continue;
      }
      String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      Class<?> candidate;
      try {
        candidate = Class.forName(className, false, sandbox);
      } catch (ClassNotFoundException | LinkageError e) {
        problems.add(cpk.name() + " " + className + ": cannot be loaded: " + e);
        continue;
      }
      int modifiers = candidate.getModifiers();
      if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers)) {
        continue;
      }
      for (ClassHeader rule : CLASS_HEADERS) {
        if (!rule.instantiated()) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(rule.type(), false, sandbox);
        } catch (ClassNotFoundException e) {
          continue; // type absent from this API version: nothing can implement it
        }
        if (!type.isAssignableFrom(candidate)) {
          continue;
        }
        if (rule.contractCpkOnly() && !cpk.isContract()) {
          problems.add(
              cpk.name()
                  + " "
                  + className
                  + ": a "
                  + type.getSimpleName()
                  + " in a workflow CPK is never used; it belongs in a contract CPK under "
                  + rule.header());
        } else if (!cpk.listed(rule.header()).contains(className)) {
          problems.add(cpk.name() + " " + className + ": not listed under " + rule.header());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void require(String artefact, Manifest manifest, String header, String where) {
    if (manifest.getMainAttributes().getValue(header) == null) {
      problem(artefact, "manifest is missing \"" + header + "\" (" + where + ")");
    }
  }

  private void requireValue(
      String artefact, Manifest manifest, String header, String value, String where) {
    String actual = manifest.getMainAttributes().getValue(header);
    if (!value.equals(actual)) {
      problem(
          artefact,
          "manifest \""
              + header
              + "\" is \""
              + actual
              + "\", must be \""
              + value
              + "\" ("
              + where
              + ")");
    }
  }

  private Integer requireInt(String artefact, Attributes main, String header) {
    String value = main.getValue(header);
    if (value == null) {
      problem(artefact, "manifest is missing \"" + header + "\" (CordappManifest)");
      return null;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      problem(artefact, header + " \"" + value + "\" is not an integer (CordappManifest)");
      return null;
    }
  }

  /**
   * Package names of an OSGi Export-Package/Import-Package header (clauses split outside quotes).
   */
  static Set<String> packages(String header) {
    Set<String> names = new TreeSet<>();
    if (header == null) {
      return names;
    }
    StringBuilder clause = new StringBuilder();
    boolean quoted = false;
    for (char c : (header + ",").toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        String text = clause.toString().trim();
        if (!text.isEmpty()) {
          for (String part : text.split(";")) {
            if (!part.contains("=")) {
              names.add(part.trim());
            }
          }
        }
        clause.setLength(0);
      } else {
        clause.append(c);
      }
    }
    return names;
  }

  private static URL toUrl(Path file) {
    try {
      return file.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
