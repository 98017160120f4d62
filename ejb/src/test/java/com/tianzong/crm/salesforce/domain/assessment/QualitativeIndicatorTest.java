package com.tianzong.crm.salesforce.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.records.BusinessRuleException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** BAS-04: a qualitative indicator's scoring levels, best first, each scored below the one above, the best at the highest score. */
class QualitativeIndicatorTest {

    @Test
    void BAS04_levelsScoreLowerTheFurtherDownAndTheBestIsTheHighestScore() {
        QualitativeIndicator indicator = new QualitativeIndicator();
        indicator.setMaxScore(new BigDecimal("10.0"));
        indicator.addLine();
        indicator.addLine();
        indicator.addLine();
        assertThat(indicator.getLines()).extracting(QualitativeLevel::getLevelNo).containsExactly(1, 2, 3);
        assertThat(indicator.getLines().get(0).getScore()).as("the first level starts at the highest score").isEqualByComparingTo("10.0");
        level(indicator, 0, "10", "主动承担，超额完成");
        level(indicator, 1, "6", "按要求完成");
        level(indicator, 2, "6", "需要督促");
        assertRefused(indicator, "qualitativeIndicator.level.order");

        level(indicator, 2, "0", "推诿塞责");
        indicator.checkLevels();
        level(indicator, 1, "6", " ");
        assertRefused(indicator, "qualitativeIndicator.level.incomplete");
        level(indicator, 1, "6", "按要求完成");

        indicator.setMaxScore(new BigDecimal("12.0"));
        assertRefused(indicator, "qualitativeIndicator.maxScore.levels");
        indicator.setMaxScore(new BigDecimal("10.0"));

        indicator.removeLine(0);
        assertThat(indicator.getLines()).extracting(QualitativeLevel::getLevelNo).as("numbered again").containsExactly(1, 2);
        assertRefused(indicator, "qualitativeIndicator.maxScore.levels");
    }

    private static void level(QualitativeIndicator indicator, int index, String score, String standard) {
        indicator.getLines().get(index).setScore(new BigDecimal(score));
        indicator.getLines().get(index).setStandard(standard);
    }

    private static void assertRefused(QualitativeIndicator indicator, String key) {
        assertThatThrownBy(indicator::checkLevels)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
