package com.tianzong.crm.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the index. Chinese has no spaces between words, and the standard analyzer
 * splits it into single characters, so a query 华信 would also find 信华. Overlapping pairs of
 * characters (bigrams) are indexed instead, with the single characters: a query of several
 * characters must contain each of its pairs in order in a name, a query of one character finds
 * every name that has it. Phones and pinyin initials are matched anywhere inside by n-grams.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE_INDEX = "chinese_index";
    public static final String CHINESE_QUERY = "chinese_query";
    public static final String DIGIT_GRAMS = "digit_grams";
    public static final String LETTER_GRAMS = "letter_grams";
    public static final String WHOLE_QUERY = "whole_query";

    static final int SHORTEST_INITIALS = 2;
    static final int LONGEST_GRAM = 16;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE_INDEX).custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram").param("outputUnigrams", "true");
        context.analyzer(CHINESE_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram").param("outputUnigrams", "false");
        context.analyzer(DIGIT_GRAMS).custom()
                .tokenizer("whitespace")
                .tokenFilter("nGram").param("minGramSize", Integer.toString(SearchEntry.SHORTEST_PHONE_QUERY))
                .param("maxGramSize", Integer.toString(LONGEST_GRAM));
        context.analyzer(LETTER_GRAMS).custom()
                .tokenizer("whitespace")
                .tokenFilter("lowercase")
                .tokenFilter("nGram").param("minGramSize", Integer.toString(SHORTEST_INITIALS))
                .param("maxGramSize", Integer.toString(LONGEST_GRAM));
        context.analyzer(WHOLE_QUERY).custom()
                .tokenizer("keyword")
                .tokenFilter("lowercase");
    }
}
