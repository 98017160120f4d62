package com.tianzong.crm.platform.i18n;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Simplified ↔ Traditional Chinese by phrase (OpenCC's dictionaries through opencc4j), so that
 * 发展 becomes 發展 and 头发 becomes 頭髮, not character by character.
 */
public final class ChineseScript {

    private ChineseScript() {
    }

    public static String toTraditional(String simplified) {
        return simplified == null ? null : ZhConverterUtil.toTraditional(simplified);
    }

    public static String toSimplified(String traditional) {
        return traditional == null ? null : ZhConverterUtil.toSimple(traditional);
    }
}
