package shop.pay;

import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.Provider;

/**
 * A made-up provider, described the way a team describes a provider payspec does not ship: in its
 * own module, with only the annotations, the runtime and the processor on its build path.
 */
@Provider(
    id = "examplepay",
    name = "ExamplePay",
    baseUrl = "https://api.examplepay.test",
    javaPackage = "shop.examplepay",
    description = "ExamplePay, an imaginary gateway used to show how a team adds a provider.")
@HeaderAuth(header = "Authorization", prefix = "Bearer ")
public interface ExamplePay {}
