package io.payspec.okhttp;

import io.payspec.runtime.http.TransportRequest;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** A payspec {@link TransportRequest} as an OkHttp {@link Request}: same method, URL, headers in order, body. */
final class OkHttpRequests {
  private OkHttpRequests() {}

  static Request of(TransportRequest request) {
    HttpUrl url = HttpUrl.get(request.uri().toString());
    Request.Builder builder = new Request.Builder().url(url);
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.addHeader(header.getKey(), header.getValue());
    }
    byte[] body = request.body();
    // The Content-Type header travels as given: a body without a media type adds none of its own.
    RequestBody requestBody = body.length > 0 || needsBody(request.method()) ? RequestBody.create(body, null) : null;
    return builder.method(request.method(), requestBody).build();
  }

  /** OkHttp refuses these methods without a body (an empty one is sent). */
  private static boolean needsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
