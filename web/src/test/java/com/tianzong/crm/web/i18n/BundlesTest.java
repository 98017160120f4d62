package com.tianzong.crm.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** PLT-04: every UI string exists in Simplified Chinese, Traditional Chinese and English. */
class BundlesTest {

    private static final List<String> LANGUAGES = List.of("zh_CN", "zh_TW", "en");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("i18n\\['([A-Za-z0-9_.-]+)'\\]");

    @Test
    void PLT04_allThreeBundlesHaveTheSameKeys() throws IOException {
        Set<String> reference = load("zh_CN").stringPropertyNames();
        for (String language : LANGUAGES) {
            assertThat(load(language).stringPropertyNames()).as(language).isEqualTo(reference);
        }
    }

    @Test
    void PLT04_everyLabelAPageNamesExistsInTheBundles() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY_IN_PAGE.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("zh_CN").stringPropertyNames()).containsAll(used);
    }

    @Test
    void PLT04_traditionalBundleIsNotSimplifiedCopy() throws IOException {
        Properties simplified = load("zh_CN");
        Properties traditional = load("zh_TW");
        assertThat(traditional.getProperty("menu.customer")).isEqualTo("客戶檔案").isNotEqualTo(simplified.getProperty("menu.customer"));
        assertThat(traditional.getProperty("app.name")).isEqualTo("天縱行銷管理系統");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
