package io.payspec.okhttp;

import io.payspec.runtime.http.ResponseTooLargeException;
import io.payspec.runtime.http.TransportResponse;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads an OkHttp response into a {@link TransportResponse}, refusing bodies larger than the limit. */
final class LimitedBody {
  private static final long SEGMENT = 8192;

  private LimitedBody() {}

  static TransportResponse read(Response response, long limit) throws IOException {
    ResponseBody body = response.body();
    byte[] bytes;
    if (body == null) {
      bytes = new byte[0];
    } else {
      long length = body.contentLength();
      if (length > limit) {
        throw new ResponseTooLargeException(response.code(), limit, length);
      }
      bytes = length >= 0 ? body.bytes() : upTo(body.source(), response.code(), limit);
    }
    // OkHttp gives the names in lower case, in a map whose look-ups ignore case.
    return new TransportResponse(response.code(), response.headers().toMultimap(), bytes);
  }

  /** A body of unknown length, read a segment at a time and refused as soon as it passes the limit. */
  private static byte[] upTo(BufferedSource source, int status, long limit) throws IOException {
    Buffer buffer = new Buffer();
    while (source.read(buffer, SEGMENT) != -1) {
      if (buffer.size() > limit) {
        throw new ResponseTooLargeException(status, limit, -1);
      }
    }
    return buffer.readByteArray();
  }
}
