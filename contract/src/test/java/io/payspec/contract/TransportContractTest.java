package io.payspec.contract;

import io.payspec.runtime.meta.Operation;
import io.payspec.sandbox.Documentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@link TransportContract.Check} on every installed operation that documents a request;
 * the checks about the transport alone (timeouts, refused connections, size limits) run on the first
 * operation of each provider version only, since every operation of a version shares the transport.
 * The optional OkHttp transport runs every check on that first operation of each version.
 */
class TransportContractTest {
  @TestFactory
  Stream<DynamicNode> everyOperationBehavesOverHttp() {
    return checks(TransportContract.Transport.JDK);
  }

  @TestFactory
  Stream<DynamicNode> everyProviderVersionBehavesOverOkHttp() {
    return checks(TransportContract.Transport.OKHTTP);
  }

  private static Stream<DynamicNode> checks(TransportContract.Transport transport) {
    List<Method> checks = Arrays.stream(TransportContract.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(TransportContract.Check.class))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
    Set<String> versionsSeen = new HashSet<>();
    List<DynamicNode> containers = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      if (Documentation.requests(operation).isEmpty()) {
        continue;
      }
      boolean firstOfVersion = versionsSeen.add(operation.provider().id() + " " + operation.version());
      if (transport != TransportContract.Transport.JDK && !firstOfVersion) {
        continue;
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (Method check : checks) {
        if (check.getAnnotation(TransportContract.Check.class).slow() && !firstOfVersion) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(check.getName(), () -> run(operation, transport, check)));
      }
      containers.add(DynamicContainer.dynamicContainer(Installed.name(operation), tests));
    }
    return containers.stream();
  }

  private static void run(Operation<?, ?> operation, TransportContract.Transport transport, Method check)
      throws Throwable {
    TransportContract contract = new TransportContract(operation, transport);
    contract.startServer();
    try {
      check.setAccessible(true);
      check.invoke(contract);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      contract.stopServer();
    }
  }
}
