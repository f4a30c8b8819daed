package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form's upload limit holds on the server, whatever the browser sends. */
class LimitedUploadTest {
  private static final long LIMIT = 1024 * 1024;
  private final List<byte[]> received = new ArrayList<>();
  private final LimitedUpload handler =
      LimitedUpload.inMemory(LIMIT, (metadata, data) -> received.add(data));

  @Test
  void aFileUpToTheLimitArrives() throws IOException {
    handler.handleUploadRequest(event("deed.pdf", new byte[(int) LIMIT]));
    assertThat(received).hasSize(1);
    assertThat(received.get(0)).hasSize((int) LIMIT);
  }

  @Test
  void aLargerFileIsRefusedWithoutBeingKeptWhole() {
    CountingStream stream = new CountingStream(LIMIT * 20);
    UploadEvent event = event("big.pdf", stream);
    assertThatThrownBy(() -> handler.handleUploadRequest(event))
        .isInstanceOf(IOException.class)
        .hasMessage("big.pdf is larger than the limit of 1 MiB.");
    assertThat(received).isEmpty();
    assertThat(stream.read).isEqualTo(LIMIT + 1);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> handler.handleUploadRequest(event("empty.pdf", new byte[0])))
        .hasMessage("empty.pdf is empty.");
    assertThat(received).isEmpty();
  }

  @Test
  void theMultipartParserGetsTheSameLimits() {
    assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
    assertThat(handler.getRequestSizeMax()).isEqualTo(LIMIT + LimitedUpload.REQUEST_OVERHEAD);
  }

  private static UploadEvent event(String name, byte[] content) {
    return event(name, new ByteArrayInputStream(content));
  }

  private static UploadEvent event(String name, InputStream content) {
    UploadEvent event = mock(UploadEvent.class);
    UI ui = mock(UI.class);
    when(ui.access(any()))
        .thenAnswer(
            call -> {
              ((Command) call.getArgument(0)).execute();
              return null;
            });
    when(event.getUI()).thenReturn(ui);
    when(event.getFileName()).thenReturn(name);
    when(event.getContentType()).thenReturn("application/pdf");
    when(event.getInputStream()).thenReturn(content);
    return event;
  }

  /** A stream of zeros that counts what was read from it. */
  private static final class CountingStream extends InputStream {
    private final long size;
    long read;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      read += n;
      return n;
    }
  }
}
