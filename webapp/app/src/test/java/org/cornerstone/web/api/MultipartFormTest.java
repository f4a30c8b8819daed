package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Multipart text fields and file names arrive as the client wrote them, or are refused. */
class MultipartFormTest {
  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void textWithoutACharsetIsUtf8AsCurlAndBrowsersSendIt() throws Exception {
    var form = read(field("title", "大厦 Tower".getBytes(StandardCharsets.UTF_8), null));
    assertThat(form.field("title")).isEqualTo("大厦 Tower");
  }

  @Test
  void textInTheCharsetThePartNames() throws Exception {
    var form =
        read(
            field("title", "黑龙江大厦".getBytes(GBK), "text/plain; charset=GBK"),
            field("address", "上海".getBytes(StandardCharsets.UTF_8), "text/plain;charset=utf-8"));
    assertThat(form.field("title")).isEqualTo("黑龙江大厦");
    assertThat(form.field("address")).isEqualTo("上海");
  }

  @Test
  void textThatCannotBeDecodedIsRefusedNamingTheFieldNeverReplaced() {
    byte[] invalid = {(byte) 0xE5, (byte) 0xA4, 'x', (byte) 0xFF};
    assertThatThrownBy(
            () ->
                read(
                    field("title", invalid, null),
                    field("address", "黑龙江".getBytes(GBK), null),
                    field("jurisdiction", "CN".getBytes(StandardCharsets.UTF_8), null),
                    field(
                        "authors",
                        "x".getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=nope")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        String.format(MultipartForm.NOT_TEXT, "title", "UTF-8"),
                        String.format(MultipartForm.NOT_TEXT, "address", "UTF-8"),
                        String.format(MultipartForm.UNKNOWN_CHARSET, "authors", "nope")));
  }

  @Test
  void utf8FileNamesArriveIntact() throws Exception {
    String mangled =
        new String("产权证.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    var form =
        read(
            file("TITLE_DEED", mangled, "form-data; name=\"TITLE_DEED\"; filename=\"x\""),
            file("APPRAISAL_REPORT", "估价报告.pdf", "form-data; name=\"APPRAISAL_REPORT\""),
            file(
                "INSURANCE_CERTIFICATE",
                "insurance.pdf",
                "form-data; name=\"INSURANCE_CERTIFICATE\"; filename=\"insurance.pdf\";"
                    + " filename*=UTF-8''%E4%BF%9D%E9%99%A9%E5%8D%95.pdf"),
            file("OTHER", "café.pdf", "form-data; name=\"OTHER\""));
    assertThat(form.files())
        .extracting(MultipartForm.File::fileName)
        .containsExactly("产权证.pdf", "估价报告.pdf", "保险单.pdf", "café.pdf");
  }

  private static MultipartForm<DocumentType> read(EntityPart... parts) throws Exception {
    return MultipartForm.read(List.of(parts), DocumentType.class, 1024);
  }

  private static EntityPart field(String name, byte[] content, String mediaType) {
    return new FakePart(name, null, content, mediaType, "form-data; name=\"" + name + "\"");
  }

  private static EntityPart file(String name, String fileName, String disposition) {
    return new FakePart(
        name, fileName, new byte[] {'%', 'P', 'D', 'F'}, "application/pdf", disposition);
  }

  private record FakePart(
      String name, String fileName, byte[] content, String mediaType, String disposition)
      implements EntityPart {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public Optional<String> getFileName() {
      return Optional.ofNullable(fileName);
    }

    @Override
    public InputStream getContent() {
      return new ByteArrayInputStream(content);
    }

    @Override
    public <T> T getContent(Class<T> type) {
      throw new UnsupportedOperationException("the form decodes text itself");
    }

    @Override
    public <T> T getContent(GenericType<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
      MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
      headers.putSingle("Content-Disposition", disposition);
      if (mediaType != null) {
        headers.putSingle("Content-Type", mediaType);
      }
      return headers;
    }

    @Override
    public MediaType getMediaType() {
      // as a multipart parser reports a part that declares no type: RFC 2046's default
      return MediaType.valueOf(mediaType == null ? "text/plain; charset=US-ASCII" : mediaType);
    }
  }
}
