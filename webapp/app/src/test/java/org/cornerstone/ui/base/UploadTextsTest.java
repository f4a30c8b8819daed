package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The upload component speaks the user's language ("File is Too Big." was English in zh). */
class UploadTextsTest {
  private final CornerstoneI18n messages = new CornerstoneI18n();

  @Test
  void chineseUploadTexts() {
    UploadI18N zh = UploadTexts.of(k -> messages.getTranslation(k, Locale.SIMPLIFIED_CHINESE));
    assertThat(zh.getError().getFileIsTooBig()).isEqualTo("文件超过大小上限。");
    assertThat(zh.getAddFiles().getMany()).isEqualTo("上传文件...");
    assertThat(zh.getUploading().getError().getUnexpectedServerError()).contains("服务器");
    assertThat(zh.getFile().getRemove()).isEqualTo("删除");
  }

  @Test
  void everyTextIsTranslatedInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
      UploadI18N i18n = UploadTexts.of(k -> messages.getTranslation(k, locale));
      assertThat(
              java.util.List.of(
                  i18n.getDropFiles().getOne(),
                  i18n.getError().getTooManyFiles(),
                  i18n.getError().getIncorrectFileType(),
                  i18n.getUploading().getStatus().getHeld(),
                  i18n.getUploading().getRemainingTime().getUnknown(),
                  i18n.getUploading().getError().getForbidden(),
                  i18n.getFile().getRetry()))
          .as(locale.toString())
          .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("upload."));
    }
  }
}
