package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** SAL-03, SAL-05: the money of a document line and of a document, with the figures worked by hand. */
class LineAmountsTest {

    @Test
    void SAL05_pricesExcludingTaxAddTheVatOnTheLine() {
        // 3 × 1,250.00 = 3,750.00; 13 % VAT 487.50; with tax 4,237.50
        assertThat(line("3", "1250.00", "0", "13", PriceBasis.EXCLUDING_TAX)).isEqualTo(amounts("3750.00", "487.50", "4237.50"));
        // 2.5 kg × 36.80 = 92.00; 9 % VAT 8.28; with tax 100.28
        assertThat(line("2.5", "36.80", "0", "9", PriceBasis.EXCLUDING_TAX)).isEqualTo(amounts("92.00", "8.28", "100.28"));
    }

    @Test
    void SAL03_aDiscountComesOffBeforeTaxAndEachAmountIsRoundedOnceToTheFen() {
        // 7 × 19.99 = 139.93, less 5 % = 132.9335 → 132.93; VAT 13 % of 132.93 = 17.2809 → 17.28; 150.21
        assertThat(line("7", "19.99", "5", "13", PriceBasis.EXCLUDING_TAX)).isEqualTo(amounts("132.93", "17.28", "150.21"));
        // half a fen rounds up: 10 % of 0.05 = 0.005 → 0.01
        assertThat(line("1", "0.05", "0", "10", PriceBasis.EXCLUDING_TAX)).isEqualTo(amounts("0.05", "0.01", "0.06"));
        assertThat(line("4", "88.00", "100", "13", PriceBasis.EXCLUDING_TAX)).as("a line given away").isEqualTo(amounts("0.00", "0.00", "0.00"));
    }

    @Test
    void SAL05_pricesIncludingTaxTakeTheVatOutOfTheAmount() {
        // 113.00 with 13 % VAT: 113.00 / 1.13 = 100.00 without tax, 13.00 tax
        assertThat(line("1", "113.00", "0", "13", PriceBasis.INCLUDING_TAX)).isEqualTo(amounts("100.00", "13.00", "113.00"));
        // 3 × 9.99 = 29.97; 29.97 / 1.13 = 26.5221… → 26.52; tax 29.97 − 26.52 = 3.45
        assertThat(line("3", "9.99", "0", "13", PriceBasis.INCLUDING_TAX)).isEqualTo(amounts("26.52", "3.45", "29.97"));
    }

    @Test
    void SAL05_documentTotalsAreTheSumsOfTheLines() {
        LineAmounts total = LineAmounts.zero()
                .plus(line("3", "1250.00", "0", "13", PriceBasis.EXCLUDING_TAX))
                .plus(line("7", "19.99", "5", "13", PriceBasis.EXCLUDING_TAX));
        // 3,750.00 + 132.93 = 3,882.93; 487.50 + 17.28 = 504.78; 4,237.50 + 150.21 = 4,387.71
        assertThat(total).isEqualTo(amounts("3882.93", "504.78", "4387.71"));
        assertThat(total.net().add(total.tax())).isEqualByComparingTo(total.gross());
        assertThat(total.gross().scale()).isEqualTo(2);
    }

    @Test
    void SAL03_impossibleLinesAreRefused() {
        assertThatThrownBy(() -> line("-1", "10.00", "0", "13", PriceBasis.EXCLUDING_TAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("1", "10.00", "100.01", "13", PriceBasis.EXCLUDING_TAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("1", "-0.01", "0", "13", PriceBasis.EXCLUDING_TAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineAmounts(new BigDecimal("1.00"), new BigDecimal("0.13"), new BigDecimal("1.12")))
                .as("amounts that do not add up").isInstanceOf(IllegalArgumentException.class);
    }

    private static LineAmounts line(String quantity, String price, String discount, String tax, PriceBasis basis) {
        return LineAmounts.of(new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(discount), new BigDecimal(tax), basis);
    }

    private static LineAmounts amounts(String net, String tax, String gross) {
        return new LineAmounts(new BigDecimal(net), new BigDecimal(tax), new BigDecimal(gross));
    }
}
