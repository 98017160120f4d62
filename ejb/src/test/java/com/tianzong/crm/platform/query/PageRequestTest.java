package com.tianzong.crm.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void PLT03_pageRequestIsImmutableAndComposable() {
        PageRequest base = PageRequest.firstPage(20);
        PageRequest filtered = base.withFilter("name", "杭州").withText("K0").sortedBy("code", false);
        assertThat(base.filters()).isEmpty();
        assertThat(filtered.filters()).containsEntry("name", "杭州");
        assertThat(filtered.text()).isEqualTo("K0");
        assertThat(filtered.sort()).containsExactly(new PageRequest.Sort("code", false));
        assertThatThrownBy(() -> filtered.filters().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void PLT03_refusesNegativeOrHugePages() {
        assertThatThrownBy(() -> new PageRequest(-1, 10, List.of(), Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0, List.of(), Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_PAGE_SIZE + 1, List.of(), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
