package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.payspec.annotations.NotificationDelivery;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.ExampleModel;
import io.payspec.processor.model.NotificationModel;
import io.payspec.processor.model.NotificationModel.DeliveryModel;
import io.payspec.processor.model.NotificationModel.LookupModel;
import io.payspec.processor.model.NotificationModel.SchemeModel;
import io.payspec.processor.model.TypeModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a notification's verifier ({@code PostbackVerifier}): its metadata constant, a builder taking
 * the secret under its documented name, {@code verify(bytes, contentType)} returning the typed body,
 * and, when the descriptor names a look-up, {@code confirm} fetching the notified object's state.
 */
final class NotificationWriter {
  private static final String NOTIFICATION = "io.payspec.runtime.notification";
  private static final ClassName NOTIFICATION_INFO = Names.meta("NotificationInfo");
  private static final ClassName DELIVERY_INFO = Names.meta("DeliveryInfo");
  private static final ClassName VERIFIER = ClassName.get(NOTIFICATION, "NotificationVerifier");
  private static final ClassName SCHEME = ClassName.get(NOTIFICATION, "VerificationScheme");
  private static final ClassName CONFIRMED = ClassName.get(NOTIFICATION, "Confirmed");
  private static final ClassName PAYSPEC_EXCEPTION = ClassName.get("io.payspec.runtime.error", "PayspecException");

  static ClassName verifierClass(NotificationModel notification) {
    return ClassName.get(notification.javaPackage(), Names.capitalize(notification.name()) + "Verifier");
  }

  TypeSpec write(NotificationModel notification, EndpointModel context) {
    ClassName self = verifierClass(notification);
    ClassName body = ClassName.get(notification.javaPackage(), notification.body().simpleName());
    String display = notification.provider().name() + " " + notification.version() + " " + notification.name();
    String setter = camel(notification.scheme().credential());
    TypeName info = ParameterizedTypeName.get(NOTIFICATION_INFO, body);
    TypeName verifierType = ParameterizedTypeName.get(VERIFIER, body);
    ClassName builder = self.nestedClass("Builder");

    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addJavadoc("Verifies $L notifications and reads them as {@link $T}.\n", display, body)
        .addJavadoc("\n<p>$L\n", Docs.sentence(notification.description(), display))
        .addJavadoc("\n<p>Give it the raw body bytes and the {@code Content-Type} as received, from any web framework;\n"
            + "it returns the typed notification once $L, or throws a\n"
            + "{@link io.payspec.runtime.error.NotificationVerificationException} saying why. Immutable and thread-safe.\n",
            proof(notification.scheme()))
        .addJavadoc("\n<p>$L\n", answer(notification.delivery()))
        .addField(FieldSpec.builder(info, "INFO", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What payspec knows of the $L notification: encodings, scheme, delivery, look-up, examples.\n",
                display)
            .initializer(infoInitializer(notification, context, body))
            .build())
        .addField(verifierType, "verifier", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(verifierType, "verifier")
            .addStatement("this.verifier = verifier")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("Starts a verifier; {@link Builder#$L(String)} is required.\n\n@return a new builder\n", setter)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(MethodSpec.methodBuilder("verify")
            .addModifiers(Modifier.PUBLIC)
            .returns(body)
            .addParameter(byte[].class, "body")
            .addParameter(String.class, "contentType")
            .addJavadoc("Verifies a notification and reads it.\n\n"
                + "@param body the raw request body, exactly as received\n"
                + "@param contentType the request's {@code Content-Type} header, or {@code null} (read as JSON)\n"
                + "@return the typed notification, once its authenticity is proven\n"
                + "@throws io.payspec.runtime.error.NotificationVerificationException if it must not be trusted\n")
            .addStatement("return verifier.verify(body, contentType)")
            .build());
    if (notification.lookup() != null) {
      addConfirm(type, notification, body);
    }
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return verifier.toString()")
        .build());
    type.addType(builder(notification, self, builder, body, setter));
    return type.build();
  }

  private static String proof(SchemeModel scheme) {
    return switch (scheme.kind()) {
      case JWT -> "the HS256 token in {@code " + scheme.field() + "} is valid, unexpired and signed for the object "
          + "{@code " + scheme.subjectField() + "} names";
      case SHARED_SECRET -> "{@code " + scheme.field() + "} equals the secret (compared in constant time)";
      case DIGEST -> "{@code " + scheme.field() + "} is the " + scheme.algorithm() + " digest of {@code "
          + scheme.template().replace("{", "&#123;").replace("}", "&#125;") + "}";
    };
  }

  private static CodeBlock infoInitializer(NotificationModel n, EndpointModel context, ClassName body) {
    CodeBlock.Builder code = CodeBlock.builder().add("new $T<>(\n", NOTIFICATION_INFO).indent()
        .add("$T.PROVIDER,\n", Names.clientClass(n.provider().javaPackage(), n.provider().name()))
        .add("$S,\n$S,\n$S,\n$T.class,\n", n.version(), n.name(), n.description(), body)
        .add("$T.of($L),\n", List.class, CodeBlock.join(n.encodings().stream()
            .map(e -> CodeBlock.of("$T.$L", NotificationEncoding.class, e.name())).toList(), ", "))
        .add(scheme(n.scheme())).add(",\n")
        .add(delivery(n.delivery())).add(",\n");
    LookupModel lookup = n.lookup();
    if (lookup == null) {
      code.add("null,\nnull,\nnull,\n$S,\n", "");
    } else {
      code.add("$S,\n$S,\n$S,\n$S,\n", lookup.operation().operation(), lookup.idField().wireName(),
          lookup.requestField().wireName(), lookup.idPrefix());
    }
    code.add("$T.of(", List.class);
    boolean first = true;
    for (ExampleModel.Response example : n.examples()) {
      code.add(first ? "\n" : ",\n");
      code.add("new $T.Example($S, $S, $S)", NOTIFICATION_INFO, example.name(), example.body(), example.note());
      first = false;
    }
    return code.add("))").unindent().build();
  }

  private static CodeBlock delivery(DeliveryModel delivery) {
    if (delivery == null) {
      return CodeBlock.of("$T.UNDOCUMENTED", DELIVERY_INFO);
    }
    return CodeBlock.of("new $T($L, $T.of($L), $T.ofSeconds($L), $T.ofSeconds($L), $T.$L, true, $S)", DELIVERY_INFO,
        delivery.attempts(), List.class,
        delivery.acknowledgedBy().stream().map(String::valueOf).collect(Collectors.joining(", ")),
        Duration.class, delivery.answerWithinSeconds(), Duration.class, delivery.retryDelaySeconds(),
        ClassName.get(NotificationDelivery.Growth.class), delivery.growth().name(), delivery.source());
  }

  /** What the shop must answer, as the verifier's Javadoc says it. */
  private static String answer(DeliveryModel delivery) {
    if (delivery == null) {
      return "The provider documents no retries and no expected answer: answer {@code 200} once the notification is"
          + " verified and stored, and handle a repeat of it idempotently.";
    }
    String statuses = delivery.acknowledgedBy().isEmpty() ? "any {@code 2xx}"
        : delivery.acknowledgedBy().stream().map(s -> "{@code " + s + "}").collect(Collectors.joining(" or "));
    String retries = delivery.attempts() == 1 ? "it is not sent again"
        : "it is sent again, " + delivery.attempts() + " tries at most" + (delivery.retryDelaySeconds() == 0 ? ""
            : delivery.growth() == NotificationDelivery.Growth.LINEAR
                ? ", the n-th retry n times " + delivery.retryDelaySeconds() + " s after the try before it"
                : ", " + delivery.retryDelaySeconds() + " s apart");
    return "Answer " + statuses + " within " + delivery.answerWithinSeconds() + " s to acknowledge it; otherwise "
        + retries + ". Handle a repeat idempotently.";
  }

  private static CodeBlock scheme(SchemeModel scheme) {
    return switch (scheme.kind()) {
      case JWT -> CodeBlock.of("new $T.Jwt($S, $S, $S, $S, $T.of($L), $L)", SCHEME, scheme.field(), scheme.credential(),
          scheme.subjectClaim(), scheme.subjectField(), List.class,
          scheme.subjectPrefixes().stream().map(p -> CodeBlock.of("$S", p).toString()).collect(Collectors.joining(", ")),
          scheme.lifetimeSeconds());
      case SHARED_SECRET -> CodeBlock.of("new $T.SharedSecret($S, $S)", SCHEME, scheme.field(), scheme.credential());
      case DIGEST -> CodeBlock.of("new $T.Digest($S, $S, $S, $S)", SCHEME, scheme.field(), scheme.template(),
          scheme.algorithm(), scheme.credential());
    };
  }

  private static void addConfirm(TypeSpec.Builder type, NotificationModel n, ClassName body) {
    LookupModel lookup = n.lookup();
    EndpointModel operation = lookup.operation();
    ClassName api = Names.versionClass(operation);
    TypeName state = VersionWriter.resultType(operation);
    TypeName confirmed = ParameterizedTypeName.get(CONFIRMED, body, state);
    ClassName request = ClassName.get(operation.javaPackage(), operation.request().simpleName());
    TypeModel target = lookup.requestField().type();
    String getter = lookup.idField().javaName();
    CodeBlock id = lookup.idField().nullable()
        ? CodeBlock.of("notification.$N().orElse(null)", getter)
        : CodeBlock.of("notification.$N()", getter);
    boolean idIsText = lookup.idField().type().kind() == TypeModel.Kind.STRING;
    CodeBlock value;
    if (target.kind() != TypeModel.Kind.STRING) {
      value = CodeBlock.of("id");
    } else if (!lookup.idPrefix().isEmpty()) {
      value = CodeBlock.of("$S + id", lookup.idPrefix());
    } else {
      value = idIsText ? CodeBlock.of("id") : CodeBlock.of("$T.valueOf(id)", String.class);
    }
    CodeBlock argument = target.list() ? CodeBlock.of("$T.of($L)", List.class, value) : value;
    type.addMethod(MethodSpec.methodBuilder("confirm")
        .addModifiers(Modifier.PUBLIC)
        .returns(confirmed)
        .addParameter(body, "notification")
        .addParameter(api, "api")
        .addJavadoc("Fetches the authoritative state of the object a verified notification names, with\n"
            + "{@code $L}: act on it, not on the notification's own amounts and status, which its signature\n"
            + "does not cover.\n\n"
            + "@param notification a notification {@link #verify verified} by this verifier\n"
            + "@param api the client's $L calls, e.g. {@code client.$L()}\n"
            + "@return the notification with the object's state\n"
            + "@throws $T if the notification names no object or the look-up fails\n",
            operation.operation(), operation.version(), operation.version(), PAYSPEC_EXCEPTION)
        .addStatement("$T id = $L", Names.javaType(operation, lookup.idField().type()), id)
        .beginControlFlow("if (id == null)")
        .addStatement("throw new $T($S)", PAYSPEC_EXCEPTION, n.provider().name() + " " + n.version() + " " + n.name()
            + ": the notification names no " + lookup.idField().wireName() + " to look up")
        .endControlFlow()
        .addStatement("return new $T<>(notification, api.$N($T.builder().$N($L).build()))", CONFIRMED,
            operation.operation(), request, lookup.requestField().javaName(), argument)
        .build());
    type.addMethod(MethodSpec.methodBuilder("verifyAndConfirm")
        .addModifiers(Modifier.PUBLIC)
        .returns(confirmed)
        .addParameter(byte[].class, "body")
        .addParameter(String.class, "contentType")
        .addParameter(api, "api")
        .addJavadoc("{@link #verify Verifies} a notification, then {@link #confirm confirms} it with a look-up.\n\n"
            + "@param body the raw request body\n"
            + "@param contentType the request's {@code Content-Type}, or {@code null}\n"
            + "@param api the client's $L calls\n"
            + "@return the notification with the object's state\n", operation.version())
        .addStatement("return confirm(verify(body, contentType), api)")
        .build());
  }

  private static TypeSpec builder(NotificationModel n, ClassName self, ClassName builder, ClassName body, String setter) {
    TypeName inner = ParameterizedTypeName.get(VERIFIER.nestedClass("Builder"), body);
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}.\n", self)
        .addField(FieldSpec.builder(inner, "delegate", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder(INFO)", VERIFIER).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder(setter)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(String.class, setter)
            .addJavadoc("The shared secret, {@code $L}; never printed. Required.\n\n@param $L the secret\n@return this builder\n",
                n.scheme().credential(), setter)
            .addStatement("delegate.secret($N)", setter)
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("clock")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(Clock.class, "clock")
            .addJavadoc("The clock expiry is checked against; the system clock by default.\n\n@param clock the clock\n"
                + "@return this builder\n")
            .addStatement("delegate.clock(clock)")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("tolerance")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(Duration.class, "tolerance")
            .addJavadoc("How far the provider's clock may differ from ours; 30 seconds by default.\n\n"
                + "@param tolerance a non-negative duration\n@return this builder\n")
            .addStatement("delegate.tolerance(tolerance)")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("maxBodyBytes")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(int.class, "maxBodyBytes")
            .addJavadoc("The largest body read; 1 MiB by default.\n\n@param maxBodyBytes a positive number of bytes\n"
                + "@return this builder\n")
            .addStatement("delegate.maxBodyBytes(maxBodyBytes)")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc("The verifier.\n\n@return an immutable, thread-safe verifier\n"
                + "@throws $T if the secret was not set\n", PAYSPEC_EXCEPTION)
            .addStatement("return new $T(delegate.build())", self)
            .build())
        .build();
  }

  /** {@code secret_key} -> {@code secretKey}. */
  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
